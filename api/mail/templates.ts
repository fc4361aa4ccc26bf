// The e-mails the API sends, in French and English after the recipient's language: a subject, a
// plain-text body and an HTML body, each with the link written out in full (it works when copied,
// and in mail clients that show no HTML). Everything taken from people (names) is escaped in HTML.
import type { Role } from '../auth/rights.js';

/** The languages of messages (and of a person's profile). */
export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'fr';

/** The GraphQL `Language` enum and the stored language. */
export const langOf = (language: 'FR' | 'EN'): Lang => (language === 'EN' ? 'en' : 'fr');
export const languageOf = (lang: Lang): 'FR' | 'EN' => (lang === 'en' ? 'EN' : 'FR');

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Paragraphs, then the link as a button and written out. Paragraphs are plain text (escaped here). */
function render(lang: Lang, subject: string, paragraphs: string[], link: { label: string; url: string }, after: string[]): RenderedMail {
  // French puts a space before a colon.
  const text = [...paragraphs, `${link.label}${lang === 'fr' ? ' :' : ':'}\n${link.url}`, ...after].join('\n\n') + '\n';
  const p = (s: string) => `<p style="margin:0 0 16px">${escapeHtml(s)}</p>`;
  const url = escapeHtml(link.url);
  const html = `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;max-width:560px;margin:0 auto;padding:24px">
${paragraphs.map(p).join('\n')}
<p style="margin:24px 0"><a href="${url}" style="background:#1d4ed8;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(link.label)}</a></p>
<p style="margin:0 0 16px;font-size:14px">${escapeHtml(lang === 'fr' ? 'Ou copiez ce lien dans votre navigateur :' : 'Or copy this link into your browser:')}<br><a href="${url}">${url}</a></p>
${after.map(p).join('\n')}
</body>
</html>
`;
  return { subject, text, html };
}

/** "60 minutes", "2 heures", "1 hour". */
function duration(lang: Lang, minutes: number): string {
  const hours = minutes % 60 === 0 ? minutes / 60 : null;
  if (lang === 'fr') return hours !== null ? `${hours} heure${hours > 1 ? 's' : ''}` : `${minutes} minute${minutes > 1 ? 's' : ''}`;
  return hours !== null ? `${hours} hour${hours > 1 ? 's' : ''}` : `${minutes} minute${minutes > 1 ? 's' : ''}`;
}

export function passwordResetMail(lang: Lang, args: { displayName: string; url: string; validMinutes: number }): RenderedMail {
  const valid = duration(lang, args.validMinutes);
  if (lang === 'fr') {
    return render(
      lang,
      'Choisir un nouveau mot de passe — Convergences',
      [`Bonjour ${args.displayName},`, `Quelqu’un (vous, sans doute) a demandé à changer le mot de passe de votre compte Convergences. Le lien ci-dessous permet de choisir un nouveau mot de passe ; il sert une seule fois et reste valable ${valid}.`],
      { label: 'Choisir un nouveau mot de passe', url: args.url },
      ['Si vous n’avez rien demandé, ignorez ce message : votre mot de passe ne change pas.'],
    );
  }
  return render(
    lang,
    'Choose a new password — Convergences',
    [`Hello ${args.displayName},`, `Someone (you, most likely) asked to change the password of your Convergences account. The link below lets you choose a new password; it works once and for ${valid}.`],
    { label: 'Choose a new password', url: args.url },
    ['If you did not ask for this, ignore this message: your password stays as it is.'],
  );
}

const ROLE_WORDS: Record<Lang, Record<Role, string>> = {
  fr: {
    MANAGER: 'responsable (gère les membres, les rôles et les contenus)',
    EDITOR: 'rédacteur ou rédactrice (modifie l’espace et ses contenus)',
    MEMBER: 'membre (voit les contenus réservés aux membres et participe aux outils internes)',
  },
  en: {
    MANAGER: 'manager (manages members, roles and content)',
    EDITOR: 'editor (edits the space and its content)',
    MEMBER: 'member (sees members-only content and takes part in the internal tools)',
  },
};

export function invitationMail(lang: Lang, args: { inviterName: string | null; spaceName: string; role: Role; url: string; expiresAt: string }): RenderedMail {
  const until = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(new Date(args.expiresAt));
  const role = ROLE_WORDS[lang][args.role];
  if (lang === 'fr') {
    const who = args.inviterName ? `${args.inviterName} vous invite` : 'Vous êtes invité·e';
    return render(
      lang,
      `Invitation à rejoindre « ${args.spaceName} » — Convergences`,
      [`Bonjour,`, `${who} à rejoindre « ${args.spaceName} » sur Convergences, avec le rôle ${role}.`, 'Le lien ci-dessous vous fait créer votre compte (ou vous connecter si vous en avez déjà un), puis vous fait entrer dans l’espace.'],
      { label: 'Rejoindre l’espace', url: args.url },
      [`L’invitation est valable jusqu’au ${until}. Si vous ne connaissez pas cet espace, ignorez ce message.`],
    );
  }
  const who = args.inviterName ? `${args.inviterName} invites you` : 'You are invited';
  return render(
    lang,
    `Invitation to join "${args.spaceName}" — Convergences`,
    ['Hello,', `${who} to join "${args.spaceName}" on Convergences, as ${role}.`, 'The link below has you create your account (or sign in if you already have one), then takes you into the space.'],
    { label: 'Join the space', url: args.url },
    [`The invitation is valid until ${until}. If you do not know this space, ignore this message.`],
  );
}
