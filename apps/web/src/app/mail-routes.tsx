import type { RouteObject } from 'react-router';
import { page } from './lazy-page';

/** The pages links in mails open; anyone may open them, signed in or not. */
export const mailLinkRoutes: RouteObject[] = [
  {
    path: 'forgot-password',
    ...page(
      () => import('../features/account/components/forgot-password-page'),
      (m) => m.ForgotPasswordPage,
      'manage',
      'mail',
    ),
  },
  {
    path: 'reset-password',
    ...page(
      () => import('../features/account/components/reset-password-page'),
      (m) => m.ResetPasswordPage,
      'manage',
      'mail',
    ),
  },
  {
    path: 'verify-email',
    ...page(
      () => import('../features/account/components/verify-email-page'),
      (m) => m.VerifyEmailPage,
      'manage',
      'mail',
    ),
  },
  {
    path: 'confirm-email',
    ...page(
      () => import('../features/account/components/confirm-email-page'),
      (m) => m.ConfirmEmailPage,
      'manage',
      'mail',
    ),
  },
  {
    path: 'unsubscribe',
    ...page(
      () => import('../features/account/components/unsubscribe-page'),
      (m) => m.UnsubscribePage,
      'manage',
      'mail',
    ),
  },
];

/** The platform admin's pages (signed in; the pages themselves refuse everyone else). */
export const adminRoutes: RouteObject[] = [
  {
    path: 'admin/mail',
    ...page(
      () => import('../features/mail/components/mailbox-page'),
      (m) => m.MailboxPage,
      'manage',
      'mail',
    ),
  },
  {
    path: 'admin/mail/:mailId',
    ...page(
      () => import('../features/mail/components/mail-detail-page'),
      (m) => m.MailDetailPage,
      'manage',
      'mail',
    ),
  },
];
