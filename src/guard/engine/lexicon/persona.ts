/** Role-play / persona jailbreak vocabulary, per language (same term syntax as override.ts). */
import type { LexiconRole } from './roles.js';

export const PERSONA_LEXICON: Readonly<
  Partial<Record<LexiconRole, Readonly<Record<string, string>>>>
> = {
  persona: {
    en: "you are now|you're now|from now on|act as|acting as|pretend to be|pretend you are|pretend you're|roleplay as|role-play as|role play as|you will be|you'll be|simulate|imagine you are|you have become|your new name is|stay in character|you are going to pretend|you are going to act|switch to|respond as|answer as|reply as|two responses|evil twin|alter ego|you are free|henceforth|from this moment|for the rest of this conversation|for the remainder|for the rest of our chat|for the rest of our conversation|from here on|your name is now|you're now called|you are now called",
    es: 'a partir de ahora|ahora eres|desde ahora|actua como|finge ser|finge que eres|haz de cuenta|seras|te convertiras|de ahora en adelante|responde como',
    fr: 'a partir de maintenant|tu es maintenant|vous etes maintenant|des maintenant|desormais|fais semblant|faites semblant|joue le role|agis comme|tu seras|reponds comme|dorenavant',
    de: 'ab sofort|ab jetzt|von nun an|du bist jetzt|du bist nun|tu so als|spiel die rolle|spiele die rolle|verhalte dich wie|du wirst|antworte als|agiere als',
    pt: 'a partir de agora|agora voce e|agora tu es|finja ser|finja que|aja como|atue como|de agora em diante|voce sera|responda como|daqui em diante',
    it: "da ora in poi|d'ora in poi|ora sei|adesso sei|fingi di essere|comportati come|fai finta|sarai|rispondi come|d'ora innanzi",
    nl: 'vanaf nu|je bent nu|doe alsof|speel de rol|gedraag je als|antwoord als|jij bent nu',
    pl: 'od teraz|teraz jestes|udawaj|wciel sie|zachowuj sie jak|bedziesz|odpowiadaj jako|od tej chwili',
    ru: 'теперь ты|отныне|с этого момента|притворись|представь что ты|веди себя как|ты будешь|играй роль|отвечай как|с сегодняшнего дня',
    uk: 'тепер ти|відтепер|з цього моменту|удавай|уяви що ти|поводься як|ти будеш',
    tr: 'artik sen|sen artik|bundan sonra|bundan boyle|gibi davran|rolunu oyna|rolune gir|gibi yap|olarak cevap ver',
    ar: 'من الآن فصاعدا|من الان فصاعدا|من الآن فصاعدًا|أنت الآن|انت الان|تظاهر|تصرف ك|العب دور|ستكون',
    hi: 'अब से तुम|अब से आप|अब तुम|तुम अब|नाटक करो|की तरह व्यवहार|बन जाओ|अब से',
    zh: '从现在开始|從現在開始|从现在起|從現在起|你现在是|你現在是|现在你是|扮演|假装|假裝|你将成为|你將成為|你是一个|角色扮演',
    ja: '今から|これから|あなたは今|になりきって|ふりをして|演じて|として振る舞|として答え|ロールプレイ',
    ko: '지금부터|이제부터|너는 이제|인 척|역할을 해|처럼 행동|로서 대답|역할극',
    vi: 'tu bay gio|ke tu bay gio|gio ban la|hay dong vai|gia vo|hay gia lam|tu nay',
    id: 'mulai sekarang|sekarang kamu adalah|sekarang kamu|berpura-pura|berperan sebagai|bertindaklah sebagai|mulai saat ini',
    sv: 'fran och med nu|du ar nu|latsas att|spela rollen|agera som',
  },
  nolimit: {
    en: "no restrictions|without restrictions|without any restrictions|unrestricted|unfiltered|uncensored|no filter*|without filter*|without any filter*|no limits|without limits|limitless|no rules|without rules|no ethical|no ethics|no moral*|without ethics|without morals|amoral|not bound by|free from the rules|free of all restrictions|never refuse*|never decline|cannot refuse|can't refuse|do anything now|developer mode|dev mode|god mode|jailbreak*|jailbroken|broken free|anything goes|no guidelines|no content polic*|doesn't have to follow|does not have to follow|don't have to follow|do not have to follow|does not abide|doesn't abide|without censorship|no censorship|without limitations|no limitations|no boundaries|no safety|unchained|unlocked mode|without any moral|no matter how immoral|no matter how unethical|ignores all the rules|break the rules|break free|beyond the rules|content policy|openai policy|openai's policies|safety guidelines|without warnings|no warnings|no disclaimers|answers anything|answer anything|answers everything|never says no|never says sorry|or refuses|would normally refuse|creators would block|would block|without refusing",
    es: 'sin restricciones|sin ninguna restriccion|sin filtros|sin filtro|sin censura|sin limites|sin reglas|sin etica|sin moral|modo desarrollador|nunca te niegues|nunca te negaras|sin ningun limite|sin ninguna regla|politicas de contenido',
    fr: 'sans restriction*|sans filtre*|sans censure|sans limite*|sans regle*|sans ethique|sans morale|mode developpeur|aucune regle|aucune restriction|ne refuse jamais|aucune limite|sans aucune',
    de: 'ohne einschrankung*|ohne filter|ohne zensur|ohne grenzen|ohne regeln|ohne ethik|ohne moral|entwicklermodus|keine regeln|keine einschrankungen|keine grenzen|uneingeschrankt*|unzensiert*|ohne jegliche',
    pt: 'sem restric*|sem filtro*|sem censura|sem limites|sem regras|sem etica|sem moral|modo desenvolvedor|nenhuma regra|nenhuma restricao|nunca recuse|sem nenhuma',
    it: 'senza restrizioni|senza filtri|senza censura|senza limiti|senza regole|senza etica|modalita sviluppatore|nessuna regola|nessuna restrizione|nessun limite|non rifiutare mai',
    nl: 'zonder beperkingen|zonder filters|zonder censuur|zonder regels|zonder grenzen|ontwikkelaarsmodus|geen regels|geen beperkingen|geen grenzen|ongecensureerd',
    pl: 'bez ograniczen|bez filtrow|bez cenzury|bez zasad|bez granic|tryb dewelopera|zadnych zasad|zadnych ograniczen|nigdy nie odmawiaj',
    ru: 'без ограничений|без фильтров|без цензуры|без правил|без запретов|режим разработчика|никаких правил|никаких ограничений|без морал*|без этик*|никогда не отказывай|не отказывай',
    uk: 'без обмежень|без фільтрів|без цензури|без правил|режим розробника|жодних правил|жодних обмежень',
    tr: 'kisitlama olmadan|kisitlamasiz|sinirsiz|filtresiz|sansursuz|kuralsiz|gelistirici modu|hicbir kural|hicbir kisitlama|asla reddetme',
    ar: 'بلا قيود|بدون قيود|دون قيود|بدون رقابة|بدون فلتر|بدون قواعد|وضع المطور|لا تلتزم|بلا حدود|بدون حدود|لا ترفض',
    hi: 'बिना किसी प्रतिबंध|बिना प्रतिबंध|बिना किसी रोक|बिना सेंसर|बिना नियम|डेवलपर मोड|कोई नियम नहीं|कोई प्रतिबंध नहीं|बिना किसी सीमा',
    zh: '没有任何限制|没有限制|沒有限制|不受限制|无限制|無限制|不受约束|不受約束|没有规则|沒有規則|无需遵守|不需要遵守|开发者模式|開發者模式|越狱|越獄|无审查|無審查|不受任何|没有任何规则|不会拒绝|不能拒绝',
    ja: '制限のない|制限なし|制限がない|無制限|検閲なし|開発者モード|何でも答え|なんでも答え|拒否しない|脱獄',
    ko: '제한 없는|제한이 없는|제한없는|무제한|검열 없는|개발자 모드|거부하지|탈옥|어떤 제한도',
    vi: 'khong gioi han|khong co gioi han|khong kiem duyet|khong bi rang buoc|che do nha phat trien|khong tu choi|khong co quy tac',
    id: 'tanpa batasan|tanpa batas|tanpa sensor|tanpa filter|tanpa aturan|mode pengembang|jangan pernah menolak',
    sv: 'utan begransningar|utan filter|utan censur|utan regler|utvecklarlage|inga regler|inga begransningar',
  },
};
