import type { ReactNode } from 'react';
import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPartialDate } from '../../app/format';
import { useLanguage } from '../../app/language';
import { Name } from '../../app/localized';
import type { ClusterData } from './cluster-types';
import classes from './cluster-page.module.css';

/** The cluster's facts as a description list; a missing value says so instead of guessing. */
export function ClusterFacts({ cluster }: { cluster: ClusterData }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const notStated = <span className={classes.missing}>{t('common.notStated')}</span>;
  const date = (value: string | null) => (value ? formatPartialDate(value, language) : null);

  const facts: Array<[string, ReactNode]> = [
    ['cluster.facts.stage', cluster.stage ? t(`stage.${cluster.stage}`) : null],
    ['cluster.facts.legalForm', cluster.legalForm ? t(`legalForm.${cluster.legalForm}`) : t('legalForm.NONE')],
    ['cluster.facts.district', cluster.district ? <Name value={cluster.district.name} /> : null],
    ['cluster.facts.foundedOn', date(cluster.foundedOn)],
    [
      'cluster.facts.ceo',
      cluster.ceo ? (
        <>
          <Name value={cluster.ceo.name} />
          {cluster.ceoSince && <> ({t('cluster.facts.ceoSince', { date: date(cluster.ceoSince) })})</>}
        </>
      ) : null,
    ],
    ['cluster.facts.programManager', cluster.programManager ? <Name value={cluster.programManager.name} /> : null],
    [
      'cluster.facts.declaredMemberCount',
      cluster.declaredMemberCount !== null ? formatNumber(cluster.declaredMemberCount, language) : null,
    ],
    [
      'cluster.facts.coreTopics',
      cluster.coreTopics.length > 0 ? (
        <ul className={classes.inlineList}>
          {cluster.coreTopics.map((topic) => (
            <li key={topic.code}>
              <Name value={topic.name} />
            </li>
          ))}
        </ul>
      ) : null,
    ],
  ];

  return (
    <section aria-labelledby="cluster-facts">
      <Title order={2} size="h3" id="cluster-facts" mb="sm">
        {t('cluster.facts.title')}
      </Title>
      <dl className={classes.facts}>
        {facts.map(([label, value]) => (
          <div key={label} className={classes.fact}>
            <dt>{t(label)}</dt>
            <dd>{value ?? notStated}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
