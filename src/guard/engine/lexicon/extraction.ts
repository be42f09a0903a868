/** System-prompt extraction vocabulary, per language (same term syntax as override.ts). */
import type { LexiconRole } from './roles.js';

export const EXTRACTION_LEXICON: Readonly<
  Partial<Record<LexiconRole, Readonly<Record<string, string>>>>
> = {
  sysprompt: {
    en: "system prompt*|system message*|system instruction*|initial prompt|initial instruction*|hidden prompt|hidden instruction*|secret instruction*|your instructions|your prompt|your rules|developer message|developer instruction*|original prompt|original instruction*|pre-prompt|preprompt|the text above|the words above|everything above|text before this|meta prompt|confidential instruction*|instructions you were given|you were given|start of this conversation|beginning of this conversation|beginning of the conversation|your guidelines|your configuration|starting with you are|begins with you are|your system|your initial|preamble|hidden preamble|full configuration|the configuration you|confidential guidelines|guidelines you operate under|rules you operate under|operating instructions|hidden rules|secret rules|instructions you received|what you were told before|prompt you were given|were you told|you were told|before this conversation|systemprompt|system_prompt|i was instructed to|your instructions were|you have been instructed|you've been instructed",
    es: 'prompt del sistema|prompt de sistema|mensaje del sistema|instrucciones ocultas|instrucciones iniciales|tus instrucciones|instrucciones del sistema|instrucciones secretas|el texto anterior',
    fr: 'prompt systeme|prompt du systeme|message systeme|message du systeme|instructions cachees|instructions initiales|tes instructions|vos instructions|consignes initiales|instructions secretes|le texte ci-dessus',
    de: 'systemprompt*|system-prompt*|systemnachricht*|systemanweisung*|versteckten anweisungen|versteckte anweisungen|ursprunglichen anweisungen|deine anweisungen|geheimen anweisungen|den text oben',
    pt: 'prompt de sistema|prompt do sistema|mensagem do sistema|instrucoes ocultas|instrucoes iniciais|suas instrucoes|tuas instrucoes|instrucoes secretas|o texto acima',
    it: 'prompt di sistema|messaggio di sistema|istruzioni nascoste|istruzioni iniziali|tue istruzioni|istruzioni segrete|il testo sopra',
    nl: 'systeemprompt*|systeembericht*|verborgen instructies|je instructies|jouw instructies|geheime instructies',
    pl: 'prompt systemowy|promptu systemowego|prompt systemu|wiadomosc systemowa|ukryte instrukcje|twoje instrukcje|instrukcje systemowe',
    ru: 'системный промпт*|системного промпт*|системное сообщение|системные инструкции|системную инструкцию|скрытые инструкции|исходные инструкции|свои инструкции|твои инструкции|начальные инструкции|системный запрос',
    uk: 'системний промпт*|системного промпт*|системні інструкції|приховані інструкції|свої інструкції|твої інструкції',
    tr: 'sistem istem*|sistem mesaj*|sistem komut*|gizli talimat*|ilk talimat*|talimatlarini',
    ar: 'موجه النظام|رسالة النظام|تعليمات النظام|التعليمات المخفية|التعليمات الأصلية|تعليماتك',
    hi: 'सिस्टम प्रॉम्प्ट*|सिस्टम संदेश*|छिपे निर्देश*|मूल निर्देश*|आपके निर्देश*|तुम्हारे निर्देश*|system prompt*',
    zh: '系统提示|系統提示|系统消息|系統消息|系统指令|系統指令|隐藏指令|隱藏指令|初始指令|原始指令|你的指令|系统设定|系統設定|系统提示词|你的提示词',
    ja: 'システムプロンプト|システムメッセージ|隠された指示|最初の指示|初期指示|あなたの指示|元の指示',
    ko: '시스템 프롬프트|시스템 메시지|숨겨진 지시|초기 지시|원래 지시|너의 지시|당신의 지시',
    vi: 'loi nhac he thong|prompt he thong|thong diep he thong|huong dan an|chi dan he thong|huong dan ban dau',
    id: 'prompt sistem|pesan sistem|instruksi tersembunyi|instruksi awal|instruksi sistem',
    sv: 'systemprompt*|systemmeddelande*|dolda instruktioner|dina instruktioner',
  },
  reveal: {
    en: 'reveal*|show*|print*|output*|repeat*|display*|tell me|give me|write out|write down|recite|quote|dump|share|expose|disclose|spell out|what are your|what were your|what is your|what were the|copy|echo|paste|verbatim|word for word|translate',
    es: 'revela*|muestra*|muestrame|imprime|repite|dime|escribe|ensename|comparte|cuales son|cuales fueron|copia|traduce',
    fr: 'revele*|montre*|affiche*|imprime*|repete*|dis-moi|dis moi|donne-moi|donne moi|ecris|partage|quelles sont|quelles etaient|recopie|traduis',
    de: 'zeig*|gib mir|gib aus|ausgeben|verrat*|wiederhol*|nenne|drucke|teile|schreib*|was sind|was waren|kopiere|ubersetze',
    pt: 'revele|revela|mostre|mostra|imprima|repita|diga|me diga|escreva|compartilhe|quais sao|quais foram|copie|traduza',
    it: 'rivela|mostra*|stampa|ripeti|dimmi|scrivi|condividi|quali sono|quali erano|copia|traduci',
    nl: 'toon|laat zien|laat je|geef|herhaal|print|onthul|vertel|wat zijn|kopieer',
    pl: 'pokaz*|wypisz|ujawnij|powtorz|podaj|wyswietl|napisz|jakie sa|przetlumacz',
    ru: 'покажи|выведи|раскрой|повтори|напиши|скажи|распечатай|выдай|процитируй|какие у тебя|какие были|переведи|огласи',
    uk: 'покажи|виведи|розкрий|повтори|напиши|скажи|які в тебе|переклади',
    tr: 'goster*|yazdir*|acikla*|tekrarla*|soyle|ver|paylas|ifsa et|yaz',
    ar: 'اكشف|أظهر|اظهر|اعرض|اطبع|كرر|أخبرني|اخبرني|اكتب|ما هي',
    hi: 'दिखाओ|दिखाइए|दिखा दो|बताओ|बताइए|बता दो|लिखो|प्रकट|दोहराओ|show',
    zh: '告诉我|告訴我|显示|顯示|输出|輸出|打印|泄露|洩露|重复|重複|复述|透露|展示|给我看|是什么|列出|翻译',
    ja: '表示|教えて|出力|見せて|繰り返|書き出|開示|翻訳',
    ko: '보여줘|보여 줘|보여주|알려줘|알려 줘|출력|공개|반복|말해|번역',
    vi: 'cho toi xem|hien thi|tiet lo|in ra|lap lai|cho biet|noi cho|viet ra|dich',
    id: 'tampilkan|tunjukkan|ungkapkan|ulangi|cetak|beri tahu|beritahu|sebutkan|tuliskan',
    sv: 'visa|skriv ut|avsloja|upprepa|beratta',
  },
};
