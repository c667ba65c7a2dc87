// UI strings of the message preferences, in Finnish, Swedish and English.
import type { Lang } from '../i18n/messages'

export const preferencesMessages: Record<
  Lang,
  {
    title: string
    language: string
    kinds: string
    kind: Record<'JOIN_REQUEST' | 'INVITATION' | 'STALE_ENTRY' | 'STALE_DIGEST', string>
    joinRequests: string
    atOnce: string
    daily: string
    save: string
    saved: string
    failed: string
  }
> = {
  fi: {
    title: 'Viestiasetukset',
    language: 'Viestien kieli',
    kinds: 'Haluan viestin, kun',
    kind: {
      JOIN_REQUEST: 'organisaatio pyytää liittyä koordinoimaani verkostoon',
      INVITATION: 'verkosto kutsuu organisaatiotani jäseneksi',
      STALE_ENTRY: 'organisaationi tiedot on vahvistettu yli 11 kuukautta sitten',
      STALE_DIGEST: 'verkostoissani on vahvistamattomia tietoja (kerran kuukaudessa)',
    },
    joinRequests: 'Liittymispyynnöt sähköpostiin',
    atOnce: 'heti, yksi viesti kustakin',
    daily: 'kerran päivässä koosteena (klo 7)',
    save: 'Tallenna asetukset',
    saved: 'Asetukset tallennettu.',
    failed: 'Asetusten tallennus epäonnistui.',
  },
  sv: {
    title: 'Inställningar för meddelanden',
    language: 'Meddelandenas språk',
    kinds: 'Jag vill ha ett meddelande när',
    kind: {
      JOIN_REQUEST: 'en organisation vill gå med i ett nätverk som jag koordinerar',
      INVITATION: 'ett nätverk bjuder in min organisation',
      STALE_ENTRY: 'min organisations uppgifter bekräftades för över 11 månader sedan',
      STALE_DIGEST: 'mina nätverk har obekräftade uppgifter (en gång i månaden)',
    },
    joinRequests: 'Begäranden om medlemskap per e-post',
    atOnce: 'genast, ett meddelande för varje',
    daily: 'en gång om dagen i en sammanställning (kl. 7)',
    save: 'Spara inställningarna',
    saved: 'Inställningarna har sparats.',
    failed: 'Inställningarna kunde inte sparas.',
  },
  en: {
    title: 'Message settings',
    language: 'Language of messages',
    kinds: 'I want a message when',
    kind: {
      JOIN_REQUEST: 'an organisation asks to join a network I coordinate',
      INVITATION: 'a network invites my organisation',
      STALE_ENTRY: "my organisation's entry was confirmed over 11 months ago",
      STALE_DIGEST: 'my networks have unconfirmed entries (once a month)',
    },
    joinRequests: 'Join requests by e-mail',
    atOnce: 'at once, one message each',
    daily: 'once a day as a digest (at 7 am)',
    save: 'Save the settings',
    saved: 'Settings saved.',
    failed: 'The settings could not be saved.',
  },
}
