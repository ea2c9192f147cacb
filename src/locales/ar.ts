import type { TwoFactorMessages } from '../messages';

/**
 * Every string of the gate in Arabic. Typed as the full set, so a key added to
 * {@link TwoFactorMessages} fails the type check until it is translated here.
 * Pass `locale="ar"` with it (and `dir="rtl"` on the page): waits and times are formatted
 * in the gate's locale.
 */
export const ar: TwoFactorMessages = {
  phoneHeading: 'تحقّق من هاتفك لمشاهدة العرض',
  phoneIntro: 'سنرسل رمزًا في رسالة نصية إلى هاتفك المحمول.',
  countryLabel: 'البلد',
  countryMatches: (n) => {
    if (n === 0) return 'لا يوجد بلد مطابق.';
    if (n === 1) return 'بلد واحد مطابق.';
    if (n === 2) return 'بلدان مطابقان.';
    const form = new Intl.PluralRules('ar').select(n);
    return form === 'few'
      ? `${n} بلدان مطابقة.`
      : form === 'many'
        ? `${n} بلدًا مطابقًا.`
        : `${n} بلد مطابق.`;
  },
  // The calling code in a left-to-right isolate, so '+44' does not read as '44+'.
  switchCountry: (country, code) => `استخدم ${country} (\u2066+${code}\u2069)`,
  phoneNotValidIn: (country) => `هذا الرقم غير صالح في ${country}.`,
  phoneLabel: 'رقم الهاتف',
  phoneHint: (example) => `مثال: ${example}`,
  phoneSubmit: 'أرسل لي الرمز',
  phoneSubmitting: 'جارٍ الإرسال…',
  phoneRefusal: {
    EMPTY: 'أدخل رقم هاتفك المحمول.',
    TOO_SHORT: 'هذا الرقم قصير جدًا. تحقّق من الأرقام.',
    TOO_LONG: 'هذا الرقم طويل جدًا. تحقّق من الأرقام.',
    INVALID: 'هذا الرقم غير صالح للبلد المحدد.',
    NOT_MOBILE: 'استخدم رقم هاتف محمول: يُرسَل الرمز في رسالة نصية.',
    LEADING_ZERO: 'لا يمكن تسجيل هذا الرقم للعروض. يُرجى استخدام رقم محمول آخر.',
  },
  phoneRulesUnavailable: 'تعذّر التحقق من هذا الرقم. تحقّق من اتصالك بالإنترنت وحاول مجددًا.',
  sendHeading: 'احصل على الرمز',
  sendIntro: 'هاتفك مرتبط بهذا العرض. سنرسل إليه رمزًا في رسالة نصية.',
  sendSubmit: 'أرسل لي الرمز',
  sendSubmitting: 'جارٍ الإرسال…',
  codeHeading: 'أدخل الرمز',
  codeSentTo: (phone, n) => `أرسلنا رمزًا من ${n} أرقام إلى ${phone}.`,
  codeSent: (n) => `أرسلنا رمزًا من ${n} أرقام إلى الهاتف المرتبط بهذا العرض.`,
  codeSentAt: (time) => `أُرسل آخر رمز الساعة ${time}.`,
  codeLabel: 'رمز التحقق',
  codeIncomplete: (n) => `أدخل أرقام الرمز كلها (${n}).`,
  codeSubmit: 'تحقّق',
  codeSubmitting: 'جارٍ التحقق…',
  resendPrompt: 'ألم تصلك الرسالة؟',
  resend: 'أرسل رمزًا جديدًا',
  resendSending: 'جارٍ إرسال رمز جديد…',
  resendIn: (wait) => `أرسل رمزًا جديدًا بعد ${wait}`,
  codeResent: 'أرسلنا رمزًا جديدًا.',
  changeNumber: 'استخدم رقمًا آخر',
  sendBlocked: (action, wait) => `${action} (${wait})`,
  signInHeading: 'سجّل الدخول للمتابعة',
  signIn: 'تسجيل الدخول',
  error: {
    integration: 'تعذّر تأكيد وصولك إلى هذا العرض. يُرجى التواصل مع من أرسل إليك الرابط.',
    'session-expired': 'انتهت جلستك. يُرجى تسجيل الدخول مجددًا.',
    'sign-in-required': 'يتطلب هذا العرض تسجيل الدخول أولًا.',
    server: 'حدث خطأ من جهتنا. يُرجى المحاولة مجددًا.',
    network: 'لا يوجد اتصال. تحقّق من اتصالك بالإنترنت وحاول مجددًا.',
    timeout: 'لم يستجب الخادم في الوقت المحدد. يُرجى المحاولة مجددًا.',
    'bad-response': 'حدث خطأ ما. يُرجى المحاولة مجددًا.',
    'code-rejected': 'لم يعمل هذا الرمز. تحقّق منه أو اطلب رمزًا جديدًا.',
  },
  unknownCode: (code) => `حدث خطأ ما (${code}). يُرجى المحاولة مجددًا.`,
  codeCheckTimeout: 'استغرق التحقق من الرمز وقتًا طويلًا. يُرجى المحاولة مجددًا.',
  rateLimited: (wait) => `محاولات كثيرة جدًا. يمكنك المحاولة مجددًا بعد ${wait}.`,
  rateLimitOver: 'يمكنك المحاولة الآن.',
  backOnline: 'عاد اتصالك بالإنترنت.',
  verified: 'تم التحقق من الهاتف.',
};
