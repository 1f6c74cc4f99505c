import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Table, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/document-title';
import { errorKind } from '../../app/error-code';
import { formatDateTime, formatNumber } from '../../app/format';
import { FormSuccess } from '../../app/form-status';
import { useLanguage } from '../../app/language';
import { LocalizedBlock, Name, useLocalized, useLocalizedString } from '../../app/localized';
import { NotFoundPage } from '../../app/not-found-page';
import { Loading, QueryError } from '../../app/query-status';
import { retry } from '../../app/retry';
import { TableScroll } from '../../app/table-scroll';
import { NotAllowed, RequireViewer } from '../account/require-viewer';
import { FormDialog } from '../forums/member-forms';
import { SectorName, sectorName } from '../forums/sector-label';
import { ApplicationStatusLabel, CallStatusLabel, useDayFormat } from './call-labels';
import { CALL_REVIEW_QUERY } from './calls-review.graphql';
import { bySectorOrder, formatScore, groupBySector, isUndecided, scoreTable, type SectorGroup } from './pipeline-data';
import {
  DecisionForm,
  ScoreForm,
  useApplicantName,
  type Criterion,
  type ReviewApplication,
  type ReviewCall,
} from './review-forms';
import classes from './review.module.css';

/**
 * The advisory committee's page (ועדה מייעצת): the representation map, seats left per sector,
 * beside the applications grouped by sector, each with its rank, scores and the committee's
 * decision. Scoring and deciding wait until the call closes.
 */
export default function ReviewPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('callReview.review.title'));
  return <RequireViewer>{() => <ReviewCallPage />}</RequireViewer>;
}

function ReviewCallPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalizedString();
  const { data, error, refetch } = useQuery(CALL_REVIEW_QUERY, { variables: { id } });
  const call = data?.call ?? null;
  const kind = error ? errorKind(error) : null;
  useDocumentTitle(call ? t('callReview.review.pageTitle', { title: localize(call.title) }) : undefined);

  if (kind === 'NOT_FOUND' || kind === 'BAD_USER_INPUT') return <NotFoundPage />;
  // The PMO unit and administrators read the applications (docs/access.md) but neither score nor decide.
  if (kind === 'FORBIDDEN' || (call && !call.viewerCanReview && !call.applications)) return <NotReviewer />;
  if (error && !call) {
    return (
      <>
        <Title order={1}>{t('errors.title')}</Title>
        <QueryError error={error} onRetry={retry(refetch)} />
      </>
    );
  }
  if (!call) return <Loading />;

  const groups = groupBySector(call.applications ?? [], call.representationMap);
  const canReview = call.status === 'CLOSED' && call.viewerCanReview;

  return (
    <article>
      <Title order={1} mb="xs">
        <Name value={call.title} />
      </Title>
      <Group gap="lg" mb="md">
        <Text>
          {t('callReview.forumLabel')}
          {t('common.labelSeparator')}
          <Anchor component={Link} to={`/${language}/forums/${call.forum.id}`}>
            <Name value={call.forum.name} />
          </Anchor>
        </Text>
        <Text>
          {t('callReview.facts.status')}
          {t('common.labelSeparator')}
          <CallStatusLabel status={call.status} />
        </Text>
        {call.viewerCanManage && (
          <Anchor component={Link} to={`/${language}/calls/${call.id}/manage`}>
            {t('callReview.review.manageLink')}
          </Anchor>
        )}
      </Group>
      {!call.viewerCanReview && <Text mb="md">{t('callReview.review.readOnly')}</Text>}
      {call.status !== 'CLOSED' && (
        <Alert
          color="blue.9"
          variant="outline"
          mb="md"
          title={t(call.status === 'DECIDED' ? 'callReview.review.decidedTitle' : 'callReview.review.notClosedTitle')}
        >
          {t(`callReview.review.notClosed.${call.status}`)}
        </Alert>
      )}
      <div className={classes.reviewLayout}>
        <section aria-labelledby="review-map" className={classes.mapAside}>
          <SeatsLeft call={call} />
        </section>
        <div>
          <Criteria criteria={call.criteria} />
          {groups.length === 0 || (call.applications ?? []).length === 0 ? (
            <Text>{t('callReview.review.noApplications')}</Text>
          ) : (
            groups
              .filter((group) => group.applications.length > 0 || group.seat)
              .map((group) => <SectorApplications key={group.sector} group={group} call={call} canReview={canReview} />)
          )}
        </div>
      </div>
    </article>
  );
}

function NotReviewer() {
  const { t } = useTranslation();
  return (
    <>
      <NotAllowed />
      <Text mt="md">{t('callReview.review.notReviewer')}</Text>
    </>
  );
}

/** The representation map now: each sector's seats, filled and left (the committee decides against it). */
function SeatsLeft({ call }: { call: ReviewCall }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const rows = [...call.representationMap].sort((a, b) => bySectorOrder(a.sector, b.sector));
  const number = (value: number) => formatNumber(value, language);
  return (
    <>
      <Title order={2} id="review-map" mb="sm">
        {t('callReview.review.mapTitle')}
      </Title>
      {rows.length === 0 ? (
        <Text>{t('callReview.review.noMap')}</Text>
      ) : (
        <TableScroll labelledBy="review-map-caption">
          <Table striped withTableBorder>
            <Table.Caption id="review-map-caption">{t('callReview.review.mapCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('callReview.sector')}</Table.Th>
                <Table.Th scope="col">{t('callReview.pipeline.column.seats')}</Table.Th>
                <Table.Th scope="col">{t('callReview.pipeline.column.filled')}</Table.Th>
                <Table.Th scope="col">{t('callReview.review.seatsLeft')}</Table.Th>
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
                  <Table.Td className={row.vacant > 0 ? classes.vacant : classes.noSeat}>{number(row.vacant)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </>
  );
}

function Criteria({ criteria }: { criteria: readonly Criterion[] }) {
  const { t } = useTranslation();
  const localize = useLocalized();
  const ordered = [...criteria].sort((a, b) => a.position - b.position);
  return (
    <section aria-labelledby="review-criteria">
      <Title order={2} id="review-criteria" mb="xs">
        {t('callReview.review.criteriaTitle')}
      </Title>
      <ol className={classes.criteriaList}>
        {ordered.map((criterion) => {
          const name = localize(criterion.name);
          return (
            <li key={criterion.id}>
              <strong {...name.attributes}>{name.text}</strong>
              {criterion.description && (
                <>
                  {t('common.labelSeparator')}
                  <LocalizedBlock value={criterion.description} as="span" />
                </>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function SectorApplications({
  group,
  call,
  canReview,
}: {
  group: SectorGroup<ReviewApplication>;
  call: ReviewCall;
  canReview: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalizedString();
  const headingId = `review-sector-${group.sector}`;
  return (
    <section aria-labelledby={headingId} className={classes.section}>
      <Title order={2} id={headingId} mb="xs">
        {localize(sectorName(group.sector))}
      </Title>
      <Text mb="sm">
        {group.seat
          ? t('callReview.review.sectorSeats', {
              count: group.seat.vacant,
              seats: formatNumber(group.seat.seats, language),
              lng: language,
            })
          : t('callReview.review.sectorNoSeats')}{' '}
        {t('callReview.review.sectorApplications', { count: group.applications.length, lng: language })}
      </Text>
      {group.applications.length > 0 && (
        <ol className={classes.applications}>
          {group.applications.map((application) => (
            <li key={application.id}>
              <ApplicationCard
                application={application}
                call={call}
                canReview={canReview}
                seatsLeft={group.seat ? group.seat.vacant : null}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function ApplicationCard({
  application,
  call,
  canReview,
  seatsLeft,
}: {
  application: ReviewApplication;
  call: ReviewCall;
  canReview: boolean;
  seatsLeft: number | null;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const applicantName = useApplicantName();
  const formatDay = useDayFormat();
  const [dialog, setDialog] = useState<'score' | 'decide' | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const name = applicantName(application);
  const headingId = `application-${application.id}`;
  const undecided = isUndecided(application.status);

  return (
    <article aria-labelledby={headingId} className={classes.application}>
      <h3 id={headingId} className={classes.applicationTitle}>
        {application.organisation ? <Name value={application.organisation.name} /> : <bdi>{name}</bdi>}
      </h3>
      <dl className={classes.facts}>
        <div>
          <dt>{t('callReview.application.rank')}</dt>
          <dd>
            {application.rankInSector
              ? t('callReview.application.rankValue', { rank: formatNumber(application.rankInSector, language) })
              : t('callReview.application.unscored')}
          </dd>
        </div>
        <div>
          <dt>{t('callReview.application.averageScore')}</dt>
          <dd>
            {application.averageScore === null || application.averageScore === undefined
              ? t('callReview.application.unscored')
              : formatScore(application.averageScore, language)}
          </dd>
        </div>
        <div>
          <dt>{t('callReview.application.reviewers')}</dt>
          <dd>{formatNumber(application.reviewerCount ?? 0, language)}</dd>
        </div>
        <div>
          <dt>{t('callReview.facts.status')}</dt>
          <dd>
            <ApplicationStatusLabel status={application.status} />
          </dd>
        </div>
        <div>
          <dt>{t('callReview.application.nominee')}</dt>
          <dd>
            <bdi>{application.nomineeName}</bdi>
            {application.nomineeTitle && (
              <>
                {t('callReview.application.titleSeparator')}
                <bdi>{application.nomineeTitle}</bdi>
              </>
            )}
            {application.nomineeKind === 'INDIVIDUAL_PHILANTHROPIST' && ` (${t('callReview.application.individual')})`}
          </dd>
        </div>
        {application.organisation?.registrationNumber && (
          <div>
            <dt>{t('callReview.application.registrationNumber')}</dt>
            <dd dir="ltr">{application.organisation.registrationNumber}</dd>
          </div>
        )}
        <div>
          <dt>{t('callReview.application.submittedAt')}</dt>
          <dd>{formatDateTime(application.submittedAt, language)}</dd>
        </div>
        <div>
          <dt>{t('callReview.application.topics')}</dt>
          <dd>
            {application.topics.length === 0 ? (
              t('callReview.application.noTopics')
            ) : (
              <ul className={classes.topics}>
                {application.topics.map((topic) => (
                  <li key={topic.code}>
                    <Name value={topic.name} />
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
      <dl>
        <dt>
          <strong>{t('callReview.application.regionalTies')}</strong>
        </dt>
        <dd className={classes.preLine} dir="auto">
          {application.regionalTies}
        </dd>
        <dt>
          <strong>{t('callReview.application.motivation')}</strong>
        </dt>
        <dd className={classes.preLine} dir="auto">
          {application.motivation}
        </dd>
        {application.decisionReason && (
          <>
            <dt>
              <strong>{t('callReview.application.decisionReason')}</strong>
            </dt>
            <dd className={classes.preLine} dir="auto">
              {application.decisionReason}
              {typeof application.decidedAt === 'string' && ` (${formatDay(application.decidedAt.slice(0, 10))})`}
            </dd>
          </>
        )}
      </dl>
      <ScoresTable application={application} criteria={call.criteria} headingId={headingId} />
      {canReview && (
        <div className={classes.actions}>
          <Button
            variant="outline"
            onClick={() => {
              setStatus(null);
              setDialog('score');
            }}
            aria-describedby={headingId}
          >
            {t('callReview.score.button')}
          </Button>
          {undecided && (
            <Button
              onClick={() => {
                setStatus(null);
                setDialog('decide');
              }}
              aria-describedby={headingId}
            >
              {t('callReview.decision.button')}
            </Button>
          )}
        </div>
      )}
      <FormSuccess>{status}</FormSuccess>
      <FormDialog
        opened={dialog === 'score'}
        title={t('callReview.score.title', { name })}
        onClose={() => setDialog(null)}
        size="lg"
      >
        <ScoreForm
          application={application}
          criteria={call.criteria}
          onCancel={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            setStatus(t('callReview.score.saved', { name }));
          }}
        />
      </FormDialog>
      <FormDialog
        opened={dialog === 'decide'}
        title={t('callReview.decision.title', { name })}
        onClose={() => setDialog(null)}
        size="lg"
      >
        <DecisionForm
          application={application}
          seatsLeft={seatsLeft}
          onCancel={() => setDialog(null)}
          onDone={(decision) => {
            setDialog(null);
            setStatus(t(`callReview.decision.done.${decision}`, { name }));
          }}
        />
      </FormDialog>
    </article>
  );
}

/** Every reviewer's scores of the application, a row each (the viewer's first), a column per criterion. */
function ScoresTable({
  application,
  criteria,
  headingId,
}: {
  application: ReviewApplication;
  criteria: readonly Criterion[];
  headingId: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalized();
  const ordered = [...criteria].sort((a, b) => a.position - b.position);
  const rows = scoreTable(application.scores, ordered, new Intl.Collator(language));
  const captionId = `${headingId}-scores`;
  if (rows.length === 0) return <Text className={classes.muted}>{t('callReview.application.noScores')}</Text>;
  return (
    <TableScroll labelledBy={captionId}>
      <Table withTableBorder>
        <Table.Caption id={captionId}>{t('callReview.application.scoresCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('callReview.application.reviewer')}</Table.Th>
            {ordered.map((criterion) => {
              const name = localize(criterion.name);
              return (
                <Table.Th scope="col" key={criterion.id} {...name.attributes}>
                  {name.text}
                </Table.Th>
              );
            })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.isViewers ? 'viewer' : row.reviewerName}>
              <Table.Th scope="row" fw={row.isViewers ? 700 : 400}>
                <bdi>{row.reviewerName}</bdi>
                {row.isViewers && ` (${t('callReview.application.you')})`}
              </Table.Th>
              {row.scores.map((score, index) => (
                <Table.Td key={ordered[index]!.id}>
                  {score ? (
                    <>
                      {formatNumber(score.score, language)}
                      {score.note && (
                        <>
                          {t('callReview.application.noteSeparator')}
                          <span dir="auto">{score.note}</span>
                        </>
                      )}
                    </>
                  ) : (
                    t('callReview.application.notScored')
                  )}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
