import { useTranslation } from 'react-i18next';
import { formatNumber } from './format';
import { useLanguage } from './language';

/** "26,806 (2019)": a population with the year it was counted, or "not stated". */
export function usePopulationText(): (population: number | null, year: number | null) => string {
  const { t } = useTranslation();
  const language = useLanguage();
  return (population, year) => {
    if (population === null) return t('common.notStated');
    const count = formatNumber(population, language);
    // The year is a label, not a quantity: no digit grouping.
    return year ? t('common.populationWithYear', { population: count, year: String(year) }) : count;
  };
}
