/** What the viewer typed in the phone step. */
export interface PhoneDraft {
  /** ISO 3166-1 alpha-2 country selected in the picker. */
  country: string;
  /** The phone field's text exactly as the viewer left it. */
  text: string;
}

/** A number the viewer confirmed, encoded for Indee. */
export interface ConfirmedPhone {
  /** National significant number as an integer. */
  phone: number;
  /** Country calling code as an integer. */
  countryCode: number;
  /**
   * The number in international format (`+1 650-253-0000`), to show where the code went. It
   * is the number the viewer typed, so it may appear on their screen, nowhere else.
   */
  display: string;
}
