import { useSignOut } from '../../features/account/api/sign-out';
import { InvitationPage } from '../../features/invitations/components/invitation-page';

/** `/invitations/:token`: an invitation link. */
export function InvitationRoute() {
  const signOut = useSignOut();
  return <InvitationPage signOut={() => signOut.mutateAsync()} />;
}
