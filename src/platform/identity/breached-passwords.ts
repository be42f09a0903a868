/**
 * The most common passwords from public breach-corpus rankings (the "top 200" lists published
 * from the RockYou, LinkedIn and Collection #1 dumps, lower-cased and de-duplicated), kept small
 * on purpose: the policy also rejects these as a base word with digits or symbols around them, in
 * leetspeak, keyboard walks and email-derived passwords, which covers far more of a real list.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(
  `123456 password 12345678 qwerty 123456789 12345 1234 111111 1234567 dragon 123123 baseball
abc123 football monkey letmein 696969 shadow master 666666 qwertyuiop 123321 mustang 1234567890
michael 654321 superman 1qaz2wsx 7777777 121212 000000 qazwsx 123qwe killer trustno1 jordan
jennifer zxcvbnm asdfgh hunter buster soccer harley batman andrew tigger sunshine iloveyou 2000
charlie robert thomas hockey ranger daniel starwars klaster 112233 george computer michelle
jessica pepper 1111 zxcvbn 555555 11111111 131313 freedom 777777 pass maggie 159753 aaaaaa
ginger princess joshua cheese amanda summer love ashley nicole chelsea biteme matthew access
yankees 987654321 dallas austin thunder taylor matrix minecraft william corvette hello martin
heather secret merlin diamond 1234qwer gfhjkm hammer silver 222222 88888888 anthony justin
test bailey q1w2e3r4t5 patrick internet scooter orange 11111 golfer cookie richard samantha
bigdog guitar jackson whatever mickey chicken sparky snoopy maverick phoenix camaro peanut
morgan welcome falcon cowboy ferrari samsung andrea smokey steelers joseph mercedes dakota
arsenal eagles melissa boomer booboo spider nascar monster tigers yellow xxxxxx 123123123
gateway marina diablo bulldog qwer1234 compaq purple hardcore banana junior hannah 123654
porsche lakers iceman money cowboys 987654 london tennis 999999 ncc1701 coffee scooby 0000
miller boston q1w2e3r4 fuckoff brandon yamaha chester mother forever johnny edward 333333
oliver redsox player nikita knight fender barney midnight please brandy chicago badboy slayer
rangers charles angel flower bigdaddy rabbit wizard bigdick jasper enter rachel chris steven
winner adidas victoria natasha 1q2w3e4r jasmine winter prince panties marine ghbdtn fishing
cocacola casper james 232323 raiders 888888 marlboro gandalf asshole fucker admin administrator
root changeme default passw0rd password1 welcome1 letmein1 qwerty123 iloveyou1 abc12345 p@ssw0rd
trustno1 login guest rampart security changeit temp123 test123 admin123 root123 summer2024
winter2024 spring2024 autumn2024 company office monday`.split(/\s+/),
);
