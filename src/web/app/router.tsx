/** Routes. Each page is its own chunk (React.lazy); permission checks wrap the pages that need one. */
import { type ComponentType, lazy, type ReactNode, Suspense } from 'react';
import { createBrowserRouter } from 'react-router';
import type { Permission } from '../../domain/roles.js';
import { LoadingBlock } from '../components/LoadingBlock.js';
import { NotFound } from '../components/NotFound.js';
import { AppLayout } from './layout/AppLayout.js';
import { RequireAuth } from './RequireAuth.js';
import { RequirePermission } from './RequirePermission.js';

export const SIGN_IN_PATH = '/dang-nhap';

function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const SignInPage = lazyPage(() => import('../features/auth/SignInPage.js'), 'SignInPage');
const HomePage = lazyPage(() => import('../features/home/HomePage.js'), 'HomePage');
const OrgPage = lazyPage(() => import('../features/org/OrgPage.js'), 'OrgPage');
const PeopleListPage = lazyPage(() => import('../features/people/PeopleListPage.js'), 'PeopleListPage');
const PersonCreatePage = lazyPage(() => import('../features/people/PersonCreatePage.js'), 'PersonCreatePage');
const PersonDetailPage = lazyPage(() => import('../features/people/PersonDetailPage.js'), 'PersonDetailPage');
const ImportPage = lazyPage(() => import('../features/import/ImportPage.js'), 'ImportPage');
const ResultsImportPage = lazyPage(
  () => import('../features/import/ResultsImportPage.js'),
  'ResultsImportPage',
);
const AuditPage = lazyPage(() => import('../features/audit/AuditPage.js'), 'AuditPage');
const DocumentsPage = lazyPage(() => import('../features/documents/DocumentsPage.js'), 'DocumentsPage');
const CyclesPage = lazyPage(() => import('../features/cycles/CyclesPage.js'), 'CyclesPage');
const CycleDetailPage = lazyPage(() => import('../features/cycles/CycleDetailPage.js'), 'CycleDetailPage');
const CycleFormPage = lazyPage(() => import('../features/cycle-forms/CycleFormPage.js'), 'CycleFormPage');
const ProgressPage = lazyPage(() => import('../features/progress/ProgressPage.js'), 'ProgressPage');
const RunningCycleProgress = lazyPage(
  () => import('../features/progress/RunningCycleProgress.js'),
  'RunningCycleProgress',
);
const ReviewOverviewPage = lazyPage(
  () => import('../features/review-overview/ReviewOverviewPage.js'),
  'ReviewOverviewPage',
);
const RunningCycleReviews = lazyPage(
  () => import('../features/review-overview/RunningCycleReviews.js'),
  'RunningCycleReviews',
);
const RulesCheckPage = lazyPage(() => import('../features/rules/RulesCheckPage.js'), 'RulesCheckPage');
const MyReviewsPage = lazyPage(() => import('../features/reviews/MyReviewsPage.js'), 'MyReviewsPage');
const ReviewPage = lazyPage(() => import('../features/reviews/ReviewPage.js'), 'ReviewPage');
const AccountPage = lazyPage(() => import('../features/account/AccountPage.js'), 'AccountPage');
const AccountsPage = lazyPage(() => import('../features/admin/AccountsPage.js'), 'AccountsPage');
const AgencyPage = lazyPage(() => import('../features/admin/AgencyPage.js'), 'AgencyPage');
const QuestionsPage = lazyPage(() => import('../features/questions/QuestionsPage.js'), 'QuestionsPage');
const NotificationsPage = lazyPage(
  () => import('../features/notifications/NotificationsPage.js'),
  'NotificationsPage',
);
const CreateBallotPage = lazyPage(
  () => import('../features/ballots/CreateBallotPage.js'),
  'CreateBallotPage',
);
const BallotConsolePage = lazyPage(
  () => import('../features/ballots/BallotConsolePage.js'),
  'BallotConsolePage',
);
const VotePage = lazyPage(() => import('../features/ballots/VotePage.js'), 'VotePage');
const ProjectorPage = lazyPage(() => import('../features/ballots/ProjectorPage.js'), 'ProjectorPage');
const MeetingsPage = lazyPage(() => import('../features/meetings/MeetingsPage.js'), 'MeetingsPage');
const CreateMeetingPage = lazyPage(
  () => import('../features/meetings/CreateMeetingPage.js'),
  'CreateMeetingPage',
);
const MeetingConsolePage = lazyPage(
  () => import('../features/meetings/MeetingConsolePage.js'),
  'MeetingConsolePage',
);
const MemberMeetingPage = lazyPage(
  () => import('../features/meetings/MemberMeetingPage.js'),
  'MemberMeetingPage',
);
const DossierPage = lazyPage(() => import('../features/dossiers/DossierPage.js'), 'DossierPage');
const DossierInboxPage = lazyPage(
  () => import('../features/dossiers/DossierInboxPage.js'),
  'DossierInboxPage',
);
const CheckInPage = lazyPage(() => import('../features/meetings/CheckInPage.js'), 'CheckInPage');
const MeetingProjectorPage = lazyPage(
  () => import('../features/meetings/MeetingProjectorPage.js'),
  'MeetingProjectorPage',
);

const guarded = (permission: Permission, page: ReactNode) => (
  <RequirePermission permission={permission}>{page}</RequirePermission>
);

export const router = createBrowserRouter([
  {
    path: SIGN_IN_PATH,
    element: (
      <Suspense fallback={<LoadingBlock fullScreen />}>
        <SignInPage />
      </Suspense>
    ),
  },
  {
    // The meeting room's projector: full screen, no menu.
    path: '/bo-phieu/:id/man-hinh',
    element: (
      <RequireAuth>
        <Suspense fallback={<LoadingBlock fullScreen />}>
          <ProjectorPage />
        </Suspense>
      </RequireAuth>
    ),
  },
  {
    // The meeting's projector: full screen, no menu.
    path: '/cuoc-hop/:id/man-hinh',
    element: (
      <RequireAuth>
        <Suspense fallback={<LoadingBlock fullScreen />}>
          <MeetingProjectorPage />
        </Suspense>
      </RequireAuth>
    ),
  },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <HomePage /> },
      { path: 'ky-danh-gia', element: guarded('cycles.view', <CyclesPage />) },
      { path: 'ky-danh-gia/:id', element: guarded('cycles.view', <CycleDetailPage />) },
      { path: 'ky-danh-gia/:id/bieu-mau/:code', element: guarded('cycles.view', <CycleFormPage />) },
      { path: 'ky-danh-gia/:id/tien-do', element: guarded('cycles.view', <ProgressPage />) },
      { path: 'ky-danh-gia/:id/tu-kiem-diem', element: guarded('cycles.view', <ReviewOverviewPage />) },
      { path: 'ky-danh-gia/:id/ho-so', element: guarded('cycles.view', <DossierInboxPage />) },
      { path: 'tien-do', element: guarded('cycles.view', <RunningCycleProgress />) },
      { path: 'ban-kiem-diem', element: guarded('cycles.view', <RunningCycleReviews />) },
      { path: 'ho-so-don-vi', element: <DossierPage /> },
      { path: 'kiem-tra-xep-loai', element: <RulesCheckPage /> },
      { path: 'tu-kiem-diem', element: <MyReviewsPage /> },
      { path: 'tu-kiem-diem/:id', element: <ReviewPage /> },
      { path: 'to-chuc', element: guarded('org.view', <OrgPage />) },
      { path: 'nhan-su', element: guarded('people.viewAll', <PeopleListPage />) },
      { path: 'nhan-su/them', element: guarded('people.edit', <PersonCreatePage />) },
      { path: 'nhan-su/nhap', element: guarded('people.import', <ImportPage />) },
      { path: 'nhan-su/nhap-ket-qua', element: guarded('people.import', <ResultsImportPage />) },
      { path: 'nhan-su/:id', element: guarded('people.viewAll', <PersonDetailPage />) },
      { path: 'van-ban', element: guarded('documents.view', <DocumentsPage />) },
      { path: 'hoi-dap', element: <QuestionsPage /> },
      { path: 'thong-bao', element: <NotificationsPage /> },
      { path: 'bo-phieu/moi', element: guarded('cycles.view', <CreateBallotPage />) },
      { path: 'bo-phieu/:id', element: <BallotConsolePage /> },
      { path: 'bo-phieu/:id/phieu', element: <VotePage /> },
      { path: 'cuoc-hop', element: <MeetingsPage /> },
      { path: 'cuoc-hop/moi', element: <CreateMeetingPage /> },
      { path: 'cuoc-hop/:id', element: <MeetingConsolePage /> },
      { path: 'cuoc-hop/:id/thanh-vien', element: <MemberMeetingPage /> },
      { path: 'cuoc-hop/:id/diem-danh', element: <CheckInPage /> },
      { path: 'nhat-ky', element: guarded('audit.view', <AuditPage />) },
      { path: 'tai-khoan', element: <AccountPage /> },
      { path: 'quan-tri/tai-khoan', element: guarded('accounts.manage', <AccountsPage />) },
      { path: 'quan-tri/co-quan', element: guarded('org.view', <AgencyPage />) },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
