// E-mail over SMTP (nodemailer), configured by SUSUMU_SMTP_URL and SUSUMU_MAIL_FROM; without a URL
// there is no mailer and no e-mail is sent.
import nodemailer from "nodemailer";

export type MailSettings = {
  /** smtp://user:pass@host:587 (STARTTLS when offered) or smtps://… (TLS from the start). */
  smtpUrl: string;
  from: string;
};

export type Mailer = {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
  close(): void;
};

export function createMailer(settings: MailSettings | undefined): Mailer | null {
  if (!settings) return null;
  const transport = nodemailer.createTransport({
    url: settings.smtpUrl,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    async send(message) {
      // Base64 bodies: Japanese text arrives intact whatever the relays do with long lines.
      await transport.sendMail({ from: settings.from, ...message, textEncoding: "base64" });
    },
    close: () => transport.close(),
  };
}
