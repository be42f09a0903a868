/**
 * Core roles for further languages: Greek, Hebrew, Persian, Thai, Swahili, Czech, Romanian
 * (same term syntax as override.ts). Hebrew, Persian and Thai attach prefixes or use no spaces,
 * so their terms match without word boundaries.
 */
import type { LexiconRole } from './roles.js';

export const MORE_LANGUAGES_LEXICON: Readonly<
  Partial<Record<LexiconRole, Readonly<Record<string, string>>>>
> = {
  ignore: {
    el: 'αγνόησε|αγνοήστε|ξέχασε|ξεχάστε|παράβλεψε|μην ακολουθείς',
    he: 'התעלם|התעלמי|התעלמו|שכח|שכחי|אל תציית',
    fa: 'نادیده بگیر|فراموش کن|توجه نکن|پیروی نکن',
    th: 'ละเว้น|เพิกเฉย|ไม่ต้องสนใจ|ลืม|ไม่ต้องทำตาม',
    sw: 'puuza|puuzia|sahau|usifuate|achana na',
    cs: 'ignoruj*|zapomeň|zapomen|nedbej|neřiď se',
    ro: 'ignoră|ignorati|ignorați|uită|uitati|nu mai urma',
  },
  prior: {
    el: 'προηγούμεν*|όλες|όλους|όλα|αρχικ*',
    he: 'הקודמות|הקודמים|הקודמת|כל',
    fa: 'قبلی|همه|تمام|پیشین',
    th: 'ก่อนหน้า|ทั้งหมด|เดิม',
    sw: 'yote|zote|yaliyotangulia|zilizopita|ya awali|za awali|iliyopita',
    cs: 'všechny|předchozí|své|tvoje|dřívější',
    ro: 'toate|anterioare|precedente|tale|inițiale',
  },
  instructions: {
    el: 'οδηγί*|κανόν*|εντολ*',
    he: 'הוראות|ההוראות|כללים|הכללים|הנחיות|ההנחיות',
    fa: 'دستورالعمل|دستورات|قوانین|راهنمایی|محدودیت',
    th: 'คำสั่ง|คำแนะนำ|กฎ|ข้อกำหนด|ข้อจำกัด',
    sw: 'maagizo|maelekezo|sheria|amri|kanuni',
    cs: 'instrukc*|pokyn*|pravidl*|omezení',
    ro: 'instrucțiun*|instructiun*|regul*|restricți*',
  },
  sysprompt: {
    el: 'μήνυμα συστήματος|προτροπή συστήματος|οδηγίες συστήματος|κρυφές οδηγίες|αρχικές οδηγίες',
    he: 'הנחיית המערכת|הודעת המערכת|הוראות המערכת|ההוראות הנסתרות|פרומפט המערכת',
    fa: 'پرامپت سیستم|پیام سیستم|دستورات سیستم|دستورالعمل های پنهان|دستورات پنهان',
    th: 'พรอมต์ระบบ|ข้อความระบบ|คำสั่งระบบ|คำสั่งที่ซ่อนอยู่',
    sw: 'maelekezo ya mfumo|maagizo ya mfumo|ujumbe wa mfumo|maagizo yaliyofichwa',
    cs: 'systémový prompt|systémovou zprávu|systémové pokyny|skryté pokyny',
    ro: 'promptul de sistem|mesajul de sistem|instrucțiunile ascunse|instrucțiunile de sistem',
  },
  reveal: {
    el: 'δείξε|δείξτε|εμφάνισε|αποκάλυψε|πες μου|επανάλαβε|τύπωσε',
    he: 'הצג|הראה|תראה|חשוף|גלה|הדפס|חזור על',
    fa: 'نشان بده|فاش کن|بنویس|تکرار کن|بگو',
    th: 'แสดง|เปิดเผย|บอก|พิมพ์|ทำซ้ำ',
    sw: 'onyesha|uonyeshe|fichua|nieleze|rudia|andika',
    cs: 'ukaž|ukaz|zobraz|vypiš|prozraď|zopakuj',
    ro: 'arată-mi|arata-mi|afișează|dezvăluie|repetă|spune-mi',
  },
  persona: {
    el: 'από τώρα|από εδώ και πέρα|είσαι τώρα|προσποιήσου',
    he: 'מעכשיו|מעתה|אתה עכשיו|תעמיד פנים',
    fa: 'از این به بعد|از حالا|تو اکنون|وانمود کن',
    th: 'ตั้งแต่นี้|จากนี้ไป|ตอนนี้คุณคือ|แกล้งทำเป็น',
    sw: 'kuanzia sasa|sasa wewe ni|jifanye',
    cs: 'od teď|od ted|od nynějška|nyní jsi|předstírej',
    ro: 'de acum înainte|de acum|acum ești|prefă-te',
  },
  nolimit: {
    el: 'χωρίς περιορισμούς|χωρίς λογοκρισία|χωρίς κανόνες|λειτουργία προγραμματιστή',
    he: 'ללא הגבלות|בלי הגבלות|ללא צנזורה|בלי חוקים|מצב מפתח',
    fa: 'بدون محدودیت|بدون سانسور|بدون قانون|حالت توسعه دهنده',
    th: 'ไม่มีข้อจำกัด|ไร้ข้อจำกัด|ไม่มีการเซ็นเซอร์|โหมดนักพัฒนา',
    sw: 'bila vikwazo|bila mipaka|bila udhibiti|bila sheria|hali ya msanidi',
    cs: 'bez omezení|bez cenzury|bez pravidel|vývojářský režim',
    ro: 'fără restricții|fără cenzură|fără reguli|modul dezvoltator',
  },
};
