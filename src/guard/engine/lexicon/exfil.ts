/** Data-exfiltration vocabulary: verbs that move data out, and what is moved (same syntax as override.ts). */
import type { LexiconRole } from './roles.js';

export const EXFIL_LEXICON: Readonly<
  Partial<Record<LexiconRole, Readonly<Record<string, string>>>>
> = {
  exfilVerb: {
    en: 'send*|forward*|post|upload*|exfiltrat*|transmit*|append*|email it|mail it|leak*|copy it to|include it in the url|encode it in|put it in the url|add it to the url|make a request|fetch|visit|call the|curl|wget|render this image|render the image|load this image|submit*|report it to|deliver',
    es: 'envia*|enviar|reenvia*|manda*|sube*|transmite|adjunta|incluye en la url|visita',
    fr: "envoie*|envoyez|transfere*|transmets|transmettez|televerse|ajoute a l'url|inclus dans l'url|visite",
    de: 'sende*|schick*|leite weiter|leite*|ubermittle*|lade hoch|hange an|fuge an die url|besuche',
    pt: 'envie*|envia*|encaminhe*|mande*|transmita|carregue|anexe|visite',
    it: 'invia*|inoltra*|manda*|trasmetti|carica|allega|visita',
    nl: 'stuur*|verstuur*|doorsturen|stuur door|upload|verzend*',
    pl: 'wyslij*|przeslij*|przekaz*|zaladuj',
    ru: 'отправь*|перешли*|пошли*|отошли*|передай*|загрузи*|вставь в ссылку',
    uk: 'надішли*|перешли*|відправ*|передай*',
    tr: 'gonder*|ilet*|yukle*|aktar*',
    ar: 'أرسل|ارسل|أعد توجيه|حول|ارفع|انقل',
    hi: 'भेजो|भेज दो|भेजें|फॉरवर्ड|अपलोड',
    zh: '发送|發送|发到|發到|转发|轉發|上传|上傳|传到|傳到|提交到',
    ja: '送信|転送|送って|アップロード',
    ko: '보내|전송|전달|업로드',
    vi: 'gui|chuyen tiep|tai len',
    id: 'kirim*|teruskan|unggah',
    sv: 'skicka*|vidarebefordra*|ladda upp',
  },
  exfilObject: {
    en: "conversation*|chat history|chat log*|history|emails|messages|api key*|password*|credential*|token*|secret*|personal data|user data|the user's|contacts|credit card*|session*|cookie*|the summary|summary|everything|private data|confidential|documents|files|inbox|mailbox|address book|phone number*|ssn|social security|bank details|account details",
    es: 'conversacion*|historial|correos|contrasena*|clave*|datos|mensajes|tarjeta de credito|documentos',
    fr: 'conversation*|historique|e-mails|courriels|mot de passe|mots de passe|donnees|messages|carte bancaire|documents|cle api',
    de: 'unterhaltung*|verlauf|e-mails|mails|passwort*|zugangsdaten|daten|nachrichten|kreditkarte*|dokumente|api-schlussel',
    pt: 'conversa*|historico|e-mails|senha*|dados|mensagens|cartao de credito|documentos',
    it: 'conversazion*|cronologia|email|password|dati|messaggi|carta di credito|documenti',
    nl: 'gesprek*|geschiedenis|e-mails|wachtwoord*|gegevens|berichten|documenten',
    pl: 'rozmow*|historie|e-maile|hasl*|dane|wiadomosci|dokumenty',
    ru: 'переписк*|разговор*|историю|письма|пароль*|ключ*|данные|сообщения|документы|банковск*',
    uk: 'листування|розмов*|історію|листи|пароль*|дані|повідомлення',
    tr: 'konusma*|gecmis*|e-posta*|sifre*|veri*|mesaj*|belge*',
    ar: 'المحادثة|السجل|رسائل البريد|كلمة المرور|كلمات المرور|البيانات|الرسائل|الوثائق',
    hi: 'बातचीत|इतिहास|ईमेल|पासवर्ड|डेटा|संदेश',
    zh: '对话|對話|聊天记录|聊天記錄|邮件|郵件|密码|密碼|密钥|密鑰|数据|數據|信息|银行卡|銀行卡|文件',
    ja: '会話|履歴|メール|パスワード|データ|メッセージ|クレジットカード',
    ko: '대화|기록|이메일|비밀번호|데이터|메시지|카드',
    vi: 'cuoc tro chuyen|lich su|email|mat khau|du lieu|tin nhan|the ngan hang',
    id: 'percakapan|riwayat|email|kata sandi|data|pesan',
    sv: 'konversation*|historik|e-post|losenord|data|meddelanden',
  },
};
