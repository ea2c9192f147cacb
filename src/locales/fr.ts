import type { TwoFactorMessages } from '../messages';

/**
 * Every string of the gate in French. Typed as the full set, so a key added to
 * {@link TwoFactorMessages} fails the type check until it is translated here.
 * Pass `locale="fr"` with it: waits and times are formatted in the gate's locale.
 */
export const fr: TwoFactorMessages = {
  phoneHeading: 'Vérifiez votre téléphone pour regarder',
  phoneIntro: 'Nous allons envoyer un code par SMS à votre mobile.',
  countryLabel: 'Pays',
  countryMatches: (n) =>
    n === 0
      ? 'Aucun pays ne correspond.'
      : n === 1
        ? '1 pays correspond.'
        : `${n} pays correspondent.`,
  switchCountry: (country, code) => `Utiliser ${country} (+${code})`,
  phoneNotValidIn: (country) => `Ce numéro n’est pas valide pour le pays choisi (${country}).`,
  phoneLabel: 'Numéro de téléphone',
  phoneHint: (example) => `Par exemple ${example}`,
  phoneSubmit: 'Recevoir un code par SMS',
  phoneSubmitting: 'Envoi…',
  phoneRefusal: {
    EMPTY: 'Saisissez votre numéro de mobile.',
    TOO_SHORT: 'Ce numéro est trop court. Vérifiez les chiffres.',
    TOO_LONG: 'Ce numéro est trop long. Vérifiez les chiffres.',
    INVALID: 'Ce numéro n’est pas valide pour le pays choisi.',
    NOT_MOBILE: 'Utilisez un numéro de mobile : le code est envoyé par SMS.',
    LEADING_ZERO:
      'Ce numéro ne peut pas être enregistré pour les projections. Utilisez un autre numéro de mobile.',
  },
  phoneRulesUnavailable:
    'Impossible de vérifier ce numéro. Vérifiez votre connexion Internet et réessayez.',
  sendHeading: 'Recevez votre code',
  sendIntro: 'Votre téléphone est associé à ce screener. Nous allons lui envoyer un code par SMS.',
  sendSubmit: 'Recevoir un code par SMS',
  sendSubmitting: 'Envoi…',
  codeHeading: 'Saisissez votre code',
  codeSentTo: (phone, n) => `Nous avons envoyé un code à ${n} chiffres au ${phone}.`,
  codeSent: (n) => `Nous avons envoyé un code à ${n} chiffres au téléphone associé à ce screener.`,
  codeSentAt: (time) => `Dernier code envoyé à ${time}.`,
  codeLabel: 'Code de vérification',
  codeIncomplete: (n) => `Saisissez les ${n} chiffres du code.`,
  codeSubmit: 'Vérifier',
  codeSubmitting: 'Vérification…',
  resendPrompt: 'Vous n’avez pas reçu de SMS ?',
  resend: 'Envoyer un nouveau code',
  resendSending: 'Envoi d’un nouveau code…',
  resendIn: (wait) => `Envoyer un nouveau code dans ${wait}`,
  codeResent: 'Nous avons envoyé un nouveau code.',
  changeNumber: 'Utiliser un autre numéro',
  sendBlocked: (action, wait) => `${action} (${wait})`,
  signInHeading: 'Connectez-vous pour continuer',
  signIn: 'Se connecter',
  error: {
    integration:
      'Nous n’avons pas pu confirmer votre accès à ce screener. Contactez la personne qui vous a envoyé le lien.',
    'session-expired': 'Votre session a expiré. Reconnectez-vous.',
    'sign-in-required': 'Ce screener nécessite que vous vous connectiez d’abord.',
    server: 'Un problème est survenu de notre côté. Réessayez.',
    network: 'Pas de connexion. Vérifiez votre connexion Internet et réessayez.',
    timeout: 'Le serveur n’a pas répondu à temps. Réessayez.',
    'bad-response': 'Un problème est survenu. Réessayez.',
    'code-rejected': 'Ce code n’a pas fonctionné. Vérifiez-le ou demandez un nouveau code.',
  },
  unknownCode: (code) => `Un problème est survenu (${code}). Réessayez.`,
  codeCheckTimeout: 'La vérification de votre code a pris trop de temps. Réessayez.',
  rateLimited: (wait) => `Trop de tentatives. Vous pourrez réessayer dans ${wait}.`,
  rateLimitOver: 'Vous pouvez réessayer maintenant.',
  backOnline: 'Vous êtes de nouveau en ligne.',
  verified: 'Téléphone vérifié.',
};
