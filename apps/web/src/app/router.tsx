import { lazy } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { preferredLanguage } from './language';
import { LanguageRoute } from './language-route';
import { NotFoundPage } from './not-found-page';

// Pages load on demand: the charts and the map weigh more than the rest together.
const HomePage = lazy(() => import('../features/home/home-page'));
const ClusterPage = lazy(() => import('../features/clusters/cluster-page'));
const ForumPage = lazy(() => import('../features/forums/forum-page'));
const AuthoritiesPage = lazy(() => import('../features/authorities/authorities-page'));
const DirectionsPage = lazy(() => import('../features/directions/directions-page'));
const AccessibilityPage = lazy(() => import('../features/accessibility/accessibility-page'));
const SignInPage = lazy(() => import('../features/account/sign-in-page'));
const InvitationPage = lazy(() => import('../features/account/invitation-page'));
const AccountPage = lazy(() => import('../features/account/account-page'));
const AccountsPage = lazy(() => import('../features/admin/accounts-page'));
const AuditPage = lazy(() => import('../features/admin/audit-page'));
const ActivityPage = lazy(() => import('../features/activity/activity-page'));
const PoolSearchPage = lazy(() => import('../features/pool/pool-search-page'));
const PoolProfilePage = lazy(() => import('../features/pool/profile-page'));
const MyProfilePage = lazy(() => import('../features/pool/my-profile-page'));
const PoolDiversityPage = lazy(() => import('../features/pool/diversity-page'));
const CallsPage = lazy(() => import('../features/calls/calls-page'));
const CallPage = lazy(() => import('../features/calls/call-page'));
const ApplicationFormPage = lazy(() => import('../features/calls/application-form-page'));
const MyApplicationsPage = lazy(() => import('../features/calls/my-applications-page'));
const NewCallPage = lazy(() => import('../features/calls/call-form-page'));
const EditCallPage = lazy(() =>
  import('../features/calls/call-form-page').then((module) => ({ default: module.EditCallPage })),
);
const CallManagePage = lazy(() => import('../features/calls/manage-page'));
const CallReviewPage = lazy(() => import('../features/calls/review-page'));
const EventManagePage = lazy(() =>
  import('../features/events/manage-page').then((module) => ({ default: module.EventManagePage })),
);
const PartnershipDashboardPage = lazy(() => import('../features/partnerships/dashboard-page'));
const PartnershipNetworkPage = lazy(() => import('../features/partnerships/network-page'));
const PartnershipsPage = lazy(() => import('../features/partnerships/partnerships-page'));
const PartnershipPage = lazy(() => import('../features/partnerships/partnership-page'));
const NewPartnershipPage = lazy(() => import('../features/partnerships/partnership-form-page'));
const EditPartnershipPage = lazy(() =>
  import('../features/partnerships/partnership-form-page').then((module) => ({ default: module.EditPartnershipPage })),
);
const EventsPage = lazy(() => import('../features/events/events-page'));
const EventPage = lazy(() => import('../features/events/event-page'));
const EventParticipationPage = lazy(() => import('../features/events/participation-page'));
const MyEventsPage = lazy(() => import('../features/events/my-events-page'));
const NewEventPage = lazy(() => import('../features/events/event-form-page'));
const EditEventPage = lazy(() =>
  import('../features/events/event-form-page').then((module) => ({ default: module.EditEventPage })),
);

function RootRedirect() {
  return <Navigate to={`/${preferredLanguage()}`} replace />;
}

export function createRouter() {
  return createBrowserRouter([
    { path: '/', element: <RootRedirect /> },
    {
      path: '/:lang',
      element: <LanguageRoute />,
      children: [
        { index: true, element: <HomePage /> },
        { path: 'clusters/:slug', element: <ClusterPage /> },
        { path: 'forums/:id', element: <ForumPage /> },
        { path: 'authorities', element: <AuthoritiesPage /> },
        { path: 'directions', element: <DirectionsPage /> },
        { path: 'accessibility', element: <AccessibilityPage /> },
        { path: 'sign-in', element: <SignInPage /> },
        { path: 'invitation', element: <InvitationPage /> },
        { path: 'account', element: <AccountPage /> },
        { path: 'admin/accounts', element: <AccountsPage /> },
        { path: 'admin/audit', element: <AuditPage /> },
        { path: 'activity', element: <ActivityPage /> },
        { path: 'pool', element: <PoolSearchPage /> },
        { path: 'pool/people/:id', element: <PoolProfilePage /> },
        { path: 'pool/me', element: <MyProfilePage /> },
        { path: 'pool/diversity', element: <PoolDiversityPage /> },
        { path: 'calls', element: <CallsPage /> },
        { path: 'calls/:id', element: <CallPage /> },
        { path: 'calls/:id/apply', element: <ApplicationFormPage /> },
        { path: 'my/applications', element: <MyApplicationsPage /> },
        { path: 'forums/:id/calls/new', element: <NewCallPage /> },
        { path: 'calls/:id/edit', element: <EditCallPage /> },
        { path: 'calls/:id/manage', element: <CallManagePage /> },
        { path: 'calls/:id/review', element: <CallReviewPage /> },
        { path: 'events/:id/manage', element: <EventManagePage /> },
        { path: 'partnerships', element: <PartnershipsPage /> },
        { path: 'partnerships/dashboard', element: <PartnershipDashboardPage /> },
        { path: 'partnerships/network', element: <PartnershipNetworkPage /> },
        { path: 'partnerships/new', element: <NewPartnershipPage /> },
        { path: 'partnerships/:id', element: <PartnershipPage /> },
        { path: 'partnerships/:id/edit', element: <EditPartnershipPage /> },
        { path: 'events', element: <EventsPage /> },
        { path: 'events/new', element: <NewEventPage /> },
        { path: 'events/participation', element: <EventParticipationPage /> },
        { path: 'events/:id', element: <EventPage /> },
        { path: 'events/:id/edit', element: <EditEventPage /> },
        { path: 'my/events', element: <MyEventsPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
