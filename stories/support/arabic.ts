import type { TwoFactorMessages } from '../../src';

/**
 * Arabic strings for the right-to-left story, and an example of the `messages` prop: any
 * subset may be passed, the rest stays English. (Demo wording: a product team would have a
 * translator review it.)
 */
export const arabicMessages: Partial<TwoFactorMessages> = {
  phoneHeading: 'تحقّق من هاتفك لمشاهدة العرض',
  phoneIntro: 'سنرسل رمزًا في رسالة نصية إلى هاتفك المحمول.',
  countryLabel: 'البلد',
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
  codeHeading: 'أدخل الرمز',
  codeSentTo: (phone, n) => `أرسلنا رمزًا من ${n} أرقام إلى ${phone}.`,
  codeSent: (n) => `أرسلنا رمزًا من ${n} أرقام إلى هاتفك.`,
  codeLabel: 'رمز التحقق',
  codeIncomplete: (n) => `أدخل أرقام الرمز كلها (${n}).`,
  codeSubmit: 'تحقّق',
  codeSubmitting: 'جارٍ التحقق…',
  resend: 'أرسل رمزًا جديدًا',
  resendSending: 'جارٍ إرسال رمز جديد…',
  resendIn: (s) => `أرسل رمزًا جديدًا بعد ${s} ث`,
  changeNumber: 'استخدم رقمًا آخر',
  rateLimited: (s) => `محاولات كثيرة جدًا. يمكنك المحاولة مجددًا بعد ${s} ث.`,
  rateLimitOver: 'يمكنك المحاولة الآن.',
  verified: 'تم التحقق من الهاتف.',
};
