import { useState, type ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Table, Text, Title } from '@mantine/core';
import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '@roundtable/shared/localized';
import { useDocumentTitle } from '../../app/document-title';
import { errorKind } from '../../app/error-code';
import { FormSuccess } from '../../app/form-status';
import { formatDateTime, formatNumber } from '../../app/format';
import { useLanguage } from '../../app/language';
import { LocalizedBlock, Name, useLocalized, useLocalizedString } from '../../app/localized';
import { NotFoundPage } from '../../app/not-found-page';
import { Loading, QueryError } from '../../app/query-status';
import { retry } from '../../app/retry';
import { TableScroll } from '../../app/table-scroll';
import type { PublicCallQuery } from '../../gql/graphql';
import { signInPath } from '../account/next-path';
import { useViewer } from '../account/use-viewer';
import { SourceName } from '../clusters/source-label';
import { SectorName } from '../forums/sector-label';
import { WithdrawApplication } from './application-withdraw';
import {
  ApplicationStatusLabel,
  CallStatusLabel,
  DeadlineText,
  SectorList,
  TimeLeftText,
  useDayFormat,
} from './call-labels';
import { CALL_QUERY } from './calls-public.graphql';
import { paragraphsOf } from './call-text';
import classes from './calls.module.css';

type CallData = PublicCallQuery['call'];

/** What the application form says to the call's page after it stored an application. */
export interface ApplicationSavedState {
  applicationSaved: 'submitted' | 'updated';
}

export function isApplicationSavedState(state: unknown): state is ApplicationSavedState {
  const saved = (state as { applicationSaved?: unknown } | null)?.applicationSaved;
  return saved === 'submitted' || saved === 'updated';
}

/** A call for applications: its text, dates, rules and map, and the viewer's application (issue #5). */
export default function CallPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const localize = useLocalizedString();
  const { state } = useLocation();
  const { data, error, refetch } = useQuery(CALL_QUERY, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const call = data?.call ?? null;
  const isNotFound = error !== undefined && ['NOT_FOUND', 'BAD_USER_INPUT'].includes(errorKind(error));
  useDocumentTitle(
    isNotFound ? undefined : call ? localize(call.title) : error ? t('errors.title') : t('status.loading'),
  );

  if (isNotFound) return <NotFoundPage />;
  if (error && !call) {
    return (
      <>
        <Title order={1}>{t('errors.title')}</Title>
        <QueryError error={error} onRetry={retry(refetch)} />
      </>
    );
  }
  if (!call) return <Loading />;

  const saved = isApplicationSavedState(state) ? state.applicationSaved : null;
  return (
    <article>
      <Title order={1} mb="sm">
        <Name value={call.title} />
      </Title>
      <div className={classes.actions}>
        <CallStatusLabel status={call.status} />
        {call.acceptingApplications && <TimeLeftText closesAt={call.closesAt} />}
      </div>
      <ViewerApplication call={call} saved={saved} />
      <CallFacts call={call} />
      <CallText text={call.text} />
      <Extensions call={call} />
      <Criteria criteria={call.criteria} />
      <CallMap rows={call.representationMap} />
    </article>
  );
}

/** The viewer's part: their application and what they may do with it, or how to apply. */
function ViewerApplication({ call, saved }: { call: CallData; saved: 'submitted' | 'updated' | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalizedString();
  const { pathname } = useLocation();
  const { viewer, loading } = useViewer();
  const [status, setStatus] = useState<string | null>(saved ? t(`calls.applied.${saved}`) : null);
  const application = call.viewerApplication;
  const withdrawn = application?.status === 'WITHDRAWN';
  const decided = application && ['ACCEPTED', 'RESERVE', 'REJECTED'].includes(application.status);
  const applyPath = `/${language}/calls/${call.id}/apply`;

  let body: ReactNode = null;
  if (loading) body = null;
  else if (!viewer) {
    body = call.acceptingApplications ? (
      <Text>
        <Anchor component={Link} to={signInPath(language, pathname)}>
          {t('calls.viewer.signInToApply')}
        </Anchor>
      </Text>
    ) : (
      <Text>{t('calls.viewer.notAccepting')}</Text>
    );
  } else if (application) {
    body = (
      <>
        <dl className={classes.facts}>
          <div>
            <dt>{t('calls.viewer.status')}</dt>
            <dd>
              <ApplicationStatusLabel status={application.status} />
            </dd>
          </div>
          <div>
            <dt>{t('calls.viewer.submittedAt')}</dt>
            <dd>{formatDateTime(application.submittedAt, language)}</dd>
          </div>
          {decided && application.decisionReason && (
            <div>
              <dt>{t('calls.viewer.decisionReason')}</dt>
              <dd dir="auto">{application.decisionReason}</dd>
            </div>
          )}
        </dl>
        <div className={classes.actions} style={{ marginBlockStart: '0.75rem' }}>
          {application.viewerCanEdit && !withdrawn && (
            <>
              <Button component={Link} to={applyPath} variant="filled">
                {t('calls.viewer.edit')}
              </Button>
              <WithdrawApplication
                applicationId={application.id}
                callTitle={localize(call.title)}
                onWithdrawn={() => setStatus(t('calls.withdraw.done'))}
              />
            </>
          )}
          {withdrawn && call.acceptingApplications && (
            <Button component={Link} to={applyPath}>
              {t('calls.viewer.applyAgain')}
            </Button>
          )}
        </div>
      </>
    );
  } else if (call.acceptingApplications) {
    body = (
      <Button component={Link} to={applyPath}>
        {t('calls.viewer.apply')}
      </Button>
    );
  } else {
    body = <Text>{t('calls.viewer.notAccepting')}</Text>;
  }

  return (
    <section aria-labelledby="call-viewer" className={classes.section}>
      <Title order={2} id="call-viewer" mb="sm">
        {t('calls.viewer.title')}
      </Title>
      <FormSuccess>{status}</FormSuccess>
      {body}
      {(call.viewerCanReview || call.viewerCanManage) && (
        <div className={classes.actions} style={{ marginBlockStart: '0.75rem' }}>
          {call.viewerCanReview && (
            <Anchor component={Link} to={`/${language}/calls/${call.id}/review`}>
              {t('calls.viewer.review')}
            </Anchor>
          )}
          {call.viewerCanManage && (
            <Anchor component={Link} to={`/${language}/calls/${call.id}/manage`}>
              {t('calls.viewer.manage')}
            </Anchor>
          )}
        </div>
      )}
    </section>
  );
}

function CallFacts({ call }: { call: CallData }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const formatDay = useDayFormat();
  const notStated = <span>{t('common.notStated')}</span>;
  const forum = call.forum;
  const facts: Array<[string, ReactNode]> = [
    [
      'calls.facts.forum',
      <Anchor key="forum" component={Link} to={`/${language}/forums/${forum.id}`}>
        <Name value={forum.name} />
      </Anchor>,
    ],
    [
      'calls.facts.cluster',
      forum.cluster ? (
        <Anchor component={Link} to={`/${language}/clusters/${forum.cluster.slug}`}>
          <Name value={forum.cluster.name} />
        </Anchor>
      ) : (
        t('calls.facts.national')
      ),
    ],
    ['calls.facts.opensOn', formatDay(call.opensOn) || null],
    [
      'calls.facts.deadline',
      <DeadlineText key="deadline" deadline={call.deadline} extended={call.extensions.length > 0} />,
    ],
    // closesAt is midnight at the end of the deadline day: said as that day, not as 00:00 of the next.
    ['calls.facts.closesAt', t('calls.closesAtIsrael', { date: formatDay(call.deadline) })],
    ['calls.facts.sectors', <SectorList key="sectors" codes={call.eligibleSectors} />],
    ['calls.facts.individuals', t(call.allowsIndividuals ? 'calls.facts.individualsYes' : 'calls.facts.individualsNo')],
    [
      'calls.facts.rotation',
      call.rotation === 1 ? t('calls.facts.founding') : t('calls.facts.rotationNumber', { number: call.rotation }),
    ],
    ['calls.facts.termYears', forum.termYears != null ? t('calls.facts.years', { count: forum.termYears }) : null],
    [
      'calls.facts.minMeetings',
      forum.minMeetingsPerYear != null ? t('calls.facts.meetingsAYear', { count: forum.minMeetingsPerYear }) : null,
    ],
    ['calls.facts.source', call.source ? <SourceName source={call.source} /> : null],
  ];
  return (
    <section aria-labelledby="call-facts" className={classes.section}>
      <Title order={2} id="call-facts" mb="sm">
        {t('calls.facts.title')}
      </Title>
      <dl className={classes.facts}>
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{t(label)}</dt>
            <dd>{value ?? notStated}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** The call's text as written: paragraphs at blank lines, line breaks kept. */
function CallText({ text }: { text: LocalizedText }) {
  const { t } = useTranslation();
  const localize = useLocalized();
  const { text: value, attributes } = localize(text);
  return (
    <section aria-labelledby="call-text" className={classes.section}>
      <Title order={2} id="call-text" mb="sm">
        {t('calls.text')}
      </Title>
      <div {...attributes}>
        {paragraphsOf(value).map((paragraph, index) => (
          <p key={index} className={classes.text}>
            {paragraph}
          </p>
        ))}
      </div>
    </section>
  );
}

/** Every move of the deadline, oldest first: from which day to which, and why (seed 000). */
function Extensions({ call }: { call: CallData }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const formatDay = useDayFormat();
  if (call.extensions.length === 0) return null;
  return (
    <section aria-labelledby="call-extensions" className={classes.section}>
      <Title order={2} id="call-extensions" mb="sm">
        {t('calls.extensions.title')}
      </Title>
      <ol className={classes.history}>
        {call.extensions.map((extension, index) => (
          <li key={index}>
            {formatDay(extension.previousDeadline)
              ? t('calls.extensions.moved', {
                  from: formatDay(extension.previousDeadline),
                  to: formatDay(extension.newDeadline),
                })
              : t('calls.extensions.movedTo', { to: formatDay(extension.newDeadline) })}
            {extension.extendedAt && (
              <> {t('calls.extensions.on', { date: formatDateTime(extension.extendedAt, language) })}</>
            )}
            <div>
              {t('calls.extensions.reason')}
              {t('common.labelSeparator')}
              <LocalizedBlock as="span" value={extension.reason} />
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}

function Criteria({ criteria }: { criteria: CallData['criteria'] }) {
  const { t } = useTranslation();
  if (criteria.length === 0) return null;
  const ordered = [...criteria].sort((a, b) => a.position - b.position);
  return (
    <section aria-labelledby="call-criteria" className={classes.section}>
      <Title order={2} id="call-criteria" mb="sm">
        {t('calls.criteria.title')}
      </Title>
      <ol className={classes.history}>
        {ordered.map((criterion) => (
          <li key={criterion.id}>
            <strong>
              <Name value={criterion.name} />
            </strong>
            {criterion.description && <LocalizedBlock value={criterion.description} />}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The forum's representation map now: seats per sector, filled and vacant (rule 1). */
function CallMap({ rows }: { rows: CallData['representationMap'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const total = (pick: (row: CallData['representationMap'][number]) => number) =>
    rows.reduce((sum, row) => sum + pick(row), 0);
  const number = (value: number) => formatNumber(value, language);
  return (
    <section aria-labelledby="call-map" className={classes.section}>
      <Title order={2} id="call-map" mb="sm">
        {t('calls.map.title')}
      </Title>
      {rows.length === 0 ? (
        <Text>{t('calls.map.none')}</Text>
      ) : (
        <TableScroll labelledBy="call-map-caption">
          <Table striped withTableBorder>
            <Table.Caption id="call-map-caption">
              {t('calls.map.caption', {
                seats: number(total((row) => row.seats)),
                vacant: number(total((row) => row.vacant)),
              })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('calls.map.sector')}</Table.Th>
                <Table.Th scope="col">{t('calls.map.seats')}</Table.Th>
                <Table.Th scope="col">{t('calls.map.filled')}</Table.Th>
                <Table.Th scope="col">{t('calls.map.vacant')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.sector}>
                  <Table.Th scope="row" fw={400}>
                    <SectorName code={row.sector} />
                  </Table.Th>
                  <Table.Td>{number(row.seats)}</Table.Td>
                  <Table.Td>{number(row.filled)}</Table.Td>
                  <Table.Td>{number(row.vacant)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th scope="row">{t('calls.map.total')}</Table.Th>
                <Table.Td fw={700}>{number(total((row) => row.seats))}</Table.Td>
                <Table.Td fw={700}>{number(total((row) => row.filled))}</Table.Td>
                <Table.Td fw={700}>{number(total((row) => row.vacant))}</Table.Td>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}
