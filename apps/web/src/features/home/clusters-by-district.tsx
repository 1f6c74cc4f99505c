import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ClustersByDistrictChart } from './clusters-by-district-chart';
import { ClustersByDistrictTable } from './clusters-by-district-table';
import { countClustersByDistrict, stagesPresent } from './district-counts';
import type { HomeCluster, HomeDistrict } from './home-types';
import classes from './home-page.module.css';

/** The chart and, beside it, the table with the same numbers (quality.md, item 6). */
export function ClustersByDistrict({ clusters, districts }: { clusters: HomeCluster[]; districts: HomeDistrict[] }) {
  const { t } = useTranslation();
  const rows = countClustersByDistrict(clusters, districts);
  const stages = stagesPresent(rows);
  return (
    <section aria-labelledby="by-district" className={classes.section}>
      <Title order={2} id="by-district" mb="md">
        {t('home.byDistrict.title')}
      </Title>
      <div className={classes.sideBySide}>
        <ClustersByDistrictChart rows={rows} stages={stages} />
        <ClustersByDistrictTable rows={rows} stages={stages} />
      </div>
    </section>
  );
}
