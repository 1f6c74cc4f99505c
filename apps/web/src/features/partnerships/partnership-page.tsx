import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Table, Text, Title } from '@mantine/core';
import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Language } from '@roundtable/shared/localized';
import { useDocumentTitle } from '../../app/document-title';
import { errorKind } from '../../app/error-code';
import { FormError, FormSuccess } from '../../app/form-status';
import { formatNumber, LOCALES } from '../../app/format';
import { useLanguage } from '../../app/language';
import { LocalizedBlock, Name, useLocalizedString } from '../../app/localized';
import { NotFoundPage } from '../../app/not-found-page';
import { Loading, QueryError } from '../../app/query-status';
import { retry } from '../../app/retry';
import { TableScroll } from '../../app/table-scroll';
import type { PartnershipQuery } from '../../gql/graphql';
import { useDayFormat } from '../calls/call-labels';
import { SourceName } from '../clusters/source-label';
import { SectorName } from '../forums/sector-label';
import { savedState } from './partnership-saved';
import { SectorNames, StatusLightLabel } from './partnership-labels';
import {
  AddIndicatorButton,
  AddMilestoneButton,
  AddPartnerButton,
  MilestoneDoneButton,
  RemoveIndicatorButton,
  RemoveMilestoneButton,
  RemovePartnerButton,
  ReportProgressButton,
} from './partnership-manage';
import { PARTNERSHIP_QUERY } from './partnerships.graphql';
import classes from './partnerships.module.css';

type Partnership = PartnershipQuery['partnership'];

/** Agorot as shekels in the reader's locale, Latin digits (quality.md); exact for any SafeInt. */
export function formatShekels(agorot: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], {
    style: 'currency',
    currency: 'ILS',
    numberingSystem: 'latn',
    minimumFractionDigits: agorot % 100 === 0 ? 0 : 2,
  }).format(agorot / 100);
}

/** One partnership, public (issue #7, item 1): who, what it advances, money and time, progress. */
export default function PartnershipPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const localize = useLocalizedString();
  const { data, error, refetch } = useQuery(PARTNERSHIP_QUERY, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const partnership = data?.partnership ?? null;
  const isNotFound = error !== undefined && ['NOT_FOUND', 'BAD_USER_INPUT'].includes(errorKind(error));
  useDocumentTitle(
    isNotFound
      ? undefined
      : partnership
        ? localize(partnership.title)
        : error
          ? t('errors.title')
          : t('status.loading'),
  );

  if (isNotFound) return <NotFoundPage />;
  if (error && !partnership) {
    return (
      <>
        <Title order={1}>{t('errors.title')}</Title>
        <QueryError error={error} onRetry={retry(refetch)} />
      </>
    );
  }
  if (!partnership) return <Loading />;
  return <PartnershipView partnership={partnership} />;
}

function PartnershipView({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const day = useDayFormat();
  const { state } = useLocation();
  const saved = savedState(state);
  // What the last change did, said in a live region (WCAG 4.1.3); a change that was refused says so in its form.
  const [status, setStatus] = useState<string | null>(saved ? t(`partnerships.manage.saved.${saved}`) : null);
  // A refusal of a change made by one button (a milestone marked done), said as an alert.
  const [actionError, setActionError] = useState<string | null>(null);
  const done = (message: string) => {
    setActionError(null);
    setStatus(message);
  };
  const canEdit = partnership.viewerCanEdit;
  const id = partnership.id;
  const number = (value: number | null | undefined) =>
    value === null || value === undefined ? t('partnerships.facts.notGiven') : formatNumber(value, language);
  const orNot = (text: string) => text || t('partnerships.facts.notGiven');
  const list = <T,>(items: readonly T[], render: (item: T) => React.ReactNode, key: (item: T) => string) =>
    items.length === 0
      ? t('partnerships.facts.notGiven')
      : items.map((item, index) => (
          <span key={key(item)}>
            {index > 0 && t('calls.listSeparator')}
            {render(item)}
          </span>
        ));

  return (
    <article>
      <Text mb="xs">
        <Anchor component={Link} to={`/${language}/partnerships`}>
          {t('partnerships.page.back')}
        </Anchor>
      </Text>
      <Title order={1} mb="sm">
        <Name value={partnership.title} />
      </Title>
      <FormSuccess>{status}</FormSuccess>
      <FormError>{actionError}</FormError>
      {canEdit && (
        <Group gap="sm" mb="md" aria-label={t('partnerships.manage.actions')} role="group">
          <Button component={Link} to={`/${language}/partnerships/${id}/edit`} variant="outline">
            {t('partnerships.manage.edit')}
          </Button>
          <ReportProgressButton
            partnershipId={id}
            indicators={partnership.indicators}
            onDone={(reportedOn) => done(t('partnerships.manage.reported', { day: day(reportedOn) }))}
          />
        </Group>
      )}

      <section aria-labelledby="partnership-light" className={classes.section}>
        <Title order={2} id="partnership-light" mb="sm">
          {t('partnerships.facts.statusLight')}
        </Title>
        <Text fw={600}>
          <StatusLightLabel light={partnership.statusLight ?? null} />
        </Text>
        <Text>
          {partnership.statusLight
            ? t(`partnerships.lightMeaning.${partnership.statusLight}`)
            : t('partnerships.page.lightNone')}
        </Text>
        {partnership.lateMilestoneCount > 0 && (
          <Text>{t('partnerships.page.lateMilestones', { formatted: number(partnership.lateMilestoneCount) })}</Text>
        )}
      </section>

      {partnership.summary && (
        <section aria-labelledby="partnership-summary" className={classes.section}>
          <Title order={2} id="partnership-summary" mb="sm">
            {t('partnerships.page.summary')}
          </Title>
          <LocalizedBlock value={partnership.summary} />
        </section>
      )}

      <section aria-labelledby="partnership-facts" className={classes.section}>
        <Title order={2} id="partnership-facts" mb="sm">
          {t('partnerships.page.facts')}
        </Title>
        <dl className={classes.facts}>
          <div>
            <dt>{t('partnerships.facts.kind')}</dt>
            <dd>{t(`partnerships.kind.${partnership.kind}`)}</dd>
          </div>
          <div>
            <dt>{t('partnerships.facts.status')}</dt>
            <dd>{t(`partnerships.status.${partnership.status ?? 'NONE'}`)}</dd>
          </div>
          <div>
            <dt>{t('partnerships.facts.cluster')}</dt>
            <dd>
              {partnership.cluster ? (
                <Anchor component={Link} to={`/${language}/clusters/${partnership.cluster.slug}`}>
                  <Name value={partnership.cluster.name} />
                </Anchor>
              ) : (
                t('partnerships.list.national')
              )}
            </dd>
          </div>
          <div>
            <dt>{t('partnerships.facts.sectors')}</dt>
            <dd>
              <SectorNames codes={partnership.sectors} />
            </dd>
          </div>
          <div>
            <dt>{t('partnerships.facts.directions')}</dt>
            <dd>
              {list(
                partnership.directions,
                (direction) => (
                  <>
                    {formatNumber(direction.number, language)}. <Name value={direction.title} />
                  </>
                ),
                (direction) => String(direction.number),
              )}
            </dd>
          </div>
          <div>
            <dt>{t('partnerships.facts.sdgs')}</dt>
            <dd>
              {list(
                partnership.sdgs,
                (sdg) => (
                  <>
                    {formatNumber(sdg.number, language)}. <Name value={sdg.title} />
                  </>
                ),
                (sdg) => String(sdg.number),
              )}
            </dd>
          </div>
          {partnership.sdgTargets.length > 0 && (
            <div>
              <dt>{t('partnerships.facts.sdgTargets')}</dt>
              <dd dir="ltr">{partnership.sdgTargets.join(', ')}</dd>
            </div>
          )}
          <div>
            <dt>{t('partnerships.facts.districts')}</dt>
            <dd>
              {list(
                partnership.districts,
                (district) => (
                  <Name value={district.name} />
                ),
                (district) => district.code,
              )}
            </dd>
          </div>
          <div>
            <dt>{t('partnerships.facts.topics')}</dt>
            <dd>
              {list(
                partnership.topics,
                (topic) => (
                  <Name value={topic.name} />
                ),
                (topic) => topic.code,
              )}
            </dd>
          </div>
          <div>
            <dt>{t('partnerships.facts.funding')}</dt>
            <dd>
              {partnership.fundingMechanism
                ? t(`partnerships.funding.${partnership.fundingMechanism}`)
                : t('partnerships.facts.notGiven')}
            </dd>
          </div>
          <div>
            <dt>{t('partnerships.facts.budget')}</dt>
            <dd>
              {partnership.budgetAgorot === null || partnership.budgetAgorot === undefined
                ? t('partnerships.facts.notGiven')
                : formatShekels(Number(partnership.budgetAgorot), language)}
            </dd>
          </div>
          <div>
            <dt>{t('partnerships.facts.startOn')}</dt>
            <dd>{orNot(day(partnership.startOn))}</dd>
          </div>
          <div>
            <dt>{t('partnerships.facts.endOn')}</dt>
            <dd>{orNot(day(partnership.endOn))}</dd>
          </div>
          <div>
            <dt>{t('partnerships.facts.reportingPeriod')}</dt>
            <dd>
              {partnership.reportingPeriodMonths
                ? t('partnerships.facts.months', { months: number(partnership.reportingPeriodMonths) })
                : t('partnerships.facts.notGiven')}
            </dd>
          </div>
          <div>
            <dt>{t('partnerships.facts.lastReport')}</dt>
            <dd>{orNot(day(partnership.lastReportedOn))}</dd>
          </div>
          {day(partnership.nextReportDueOn) && (
            <div>
              <dt>{t('partnerships.facts.nextReport')}</dt>
              <dd>{day(partnership.nextReportDueOn)}</dd>
            </div>
          )}
          <div>
            <dt>{t('partnerships.facts.source')}</dt>
            <dd>
              {partnership.source ? <SourceName source={partnership.source} /> : t('partnerships.facts.notGiven')}
            </dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="partnership-partners" className={classes.section}>
        <Title order={2} id="partnership-partners" mb="sm">
          {t('partnerships.page.partners')}
        </Title>
        {canEdit && (
          <div className={classes.actions}>
            <AddPartnerButton
              partnershipId={id}
              onDone={(name) => done(t('partnerships.manage.partnerAdded', { name }))}
            />
          </div>
        )}
        {partnership.partners.length === 0 ? (
          <Text>{t('partnerships.page.noPartners')}</Text>
        ) : (
          <TableScroll labelledBy="partnership-partners-caption">
            <Table striped withTableBorder>
              <Table.Caption id="partnership-partners-caption">{t('partnerships.page.partnersCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('partnerships.page.partner')}</Table.Th>
                  <Table.Th scope="col">{t('partnerships.page.role')}</Table.Th>
                  <Table.Th scope="col">{t('partnerships.page.sector')}</Table.Th>
                  {canEdit && <Table.Th scope="col">{t('partnerships.manage.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {partnership.partners.map((partner) => (
                  <Table.Tr key={partner.organisation.id}>
                    <Table.Th scope="row" fw={400}>
                      <Name value={partner.organisation.name} />
                    </Table.Th>
                    <Table.Td>{t(`partnerships.role.${partner.role}`)}</Table.Td>
                    <Table.Td>
                      <SectorName code={partner.sector} />
                    </Table.Td>
                    {canEdit && (
                      <Table.Td>
                        <RemovePartnerButton
                          partnershipId={id}
                          organisationId={partner.organisation.id}
                          name={partner.organisation.name}
                          onDone={(name) => done(t('partnerships.manage.partnerRemoved', { name }))}
                        />
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      </section>

      <section aria-labelledby="partnership-milestones" className={classes.section}>
        <Title order={2} id="partnership-milestones" mb="sm">
          {t('partnerships.page.milestones')}
        </Title>
        {canEdit && (
          <div className={classes.actions}>
            <AddMilestoneButton
              partnershipId={id}
              onDone={(title) => done(t('partnerships.manage.milestoneAdded', { title }))}
            />
          </div>
        )}
        {partnership.milestones.length === 0 ? (
          <Text>{t('partnerships.page.noMilestones')}</Text>
        ) : (
          <TableScroll labelledBy="partnership-milestones-caption">
            <Table striped withTableBorder>
              <Table.Caption id="partnership-milestones-caption">
                {t('partnerships.page.milestonesCaption')}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('partnerships.page.milestone')}</Table.Th>
                  <Table.Th scope="col">{t('partnerships.page.due')}</Table.Th>
                  <Table.Th scope="col">{t('partnerships.page.done')}</Table.Th>
                  {canEdit && <Table.Th scope="col">{t('partnerships.manage.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {partnership.milestones.map((milestone) => (
                  <Table.Tr key={milestone.id}>
                    <Table.Th scope="row" fw={400}>
                      <Name value={milestone.title} />
                    </Table.Th>
                    <Table.Td>{orNot(day(milestone.dueOn))}</Table.Td>
                    <Table.Td>
                      {!milestone.isDone
                        ? t('partnerships.page.notDone')
                        : day(milestone.doneOn)
                          ? t('partnerships.page.doneOn', { day: day(milestone.doneOn) })
                          : t('partnerships.page.doneNoDay')}
                    </Table.Td>
                    {canEdit && (
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          <MilestoneDoneButton
                            milestone={milestone}
                            onDone={done}
                            onError={(message) => {
                              setStatus(null);
                              setActionError(message);
                            }}
                          />
                          <RemoveMilestoneButton
                            milestone={milestone}
                            onDone={(title) => done(t('partnerships.manage.milestoneRemoved', { title }))}
                          />
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      </section>

      <section aria-labelledby="partnership-indicators" className={classes.section}>
        <Title order={2} id="partnership-indicators" mb="sm">
          {t('partnerships.page.indicators')}
        </Title>
        {canEdit && (
          <div className={classes.actions}>
            <AddIndicatorButton
              partnershipId={id}
              onDone={(name) => done(t('partnerships.manage.indicatorAdded', { name }))}
            />
          </div>
        )}
        {partnership.indicators.length === 0 ? (
          <Text>{t('partnerships.page.noIndicators')}</Text>
        ) : (
          <TableScroll labelledBy="partnership-indicators-caption">
            <Table striped withTableBorder>
              <Table.Caption id="partnership-indicators-caption">
                {t('partnerships.page.indicatorsCaption')}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('partnerships.page.indicator')}</Table.Th>
                  <Table.Th scope="col">{t('partnerships.page.unit')}</Table.Th>
                  <Table.Th scope="col">{t('partnerships.page.baseline')}</Table.Th>
                  <Table.Th scope="col">{t('partnerships.page.target')}</Table.Th>
                  <Table.Th scope="col">{t('partnerships.page.actual')}</Table.Th>
                  {canEdit && <Table.Th scope="col">{t('partnerships.manage.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {partnership.indicators.map((indicator) => (
                  <Table.Tr key={indicator.id}>
                    <Table.Th scope="row" fw={400}>
                      <Name value={indicator.name} />
                    </Table.Th>
                    <Table.Td>{indicator.unit ? <Name value={indicator.unit} /> : ''}</Table.Td>
                    <Table.Td>{number(indicator.baseline)}</Table.Td>
                    <Table.Td>{number(indicator.target)}</Table.Td>
                    <Table.Td>
                      {number(indicator.actual)}
                      {day(indicator.actualReportedOn) && ` (${day(indicator.actualReportedOn)})`}
                    </Table.Td>
                    {canEdit && (
                      <Table.Td>
                        <RemoveIndicatorButton
                          indicator={indicator}
                          onDone={(name) => done(t('partnerships.manage.indicatorRemoved', { name }))}
                        />
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      </section>

      <section aria-labelledby="partnership-reports" className={classes.section}>
        <Title order={2} id="partnership-reports" mb="sm">
          {t('partnerships.page.reports')}
        </Title>
        {partnership.reports.length === 0 ? (
          <Text>{t('partnerships.page.noReports')}</Text>
        ) : (
          <ol className={classes.list}>
            {partnership.reports.map((report) => (
              <li key={report.id} className={classes.card}>
                <Title order={3} className={classes.cardTitle}>
                  {day(report.reportedOn)}
                </Title>
                <LocalizedBlock value={report.text} />
                {report.values.length > 0 && (
                  <ul className={classes.reportValues} aria-label={t('partnerships.page.reportValues')}>
                    {report.values.map((value) => (
                      <li key={value.indicator.id}>
                        <Name value={value.indicator.name} />
                        {t('common.labelSeparator')}
                        {formatNumber(value.value, language)}
                        {value.indicator.unit && (
                          <>
                            {' '}
                            <Name value={value.indicator.unit} />
                          </>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
    </article>
  );
}
