import type { EntityManager } from 'typeorm';
import { ACTION_DIRECTIONS } from '@roundtable/shared/action-directions';
import { DISTRICTS } from '@roundtable/shared/districts';
import { SDGS } from '@roundtable/shared/sdgs';
import { SECTORS } from '@roundtable/shared/sectors';
import { TOPICS } from '@roundtable/shared/topics';
import { upsertRows } from './upsert.js';

/** Writes the reference data of packages/shared into its tables; the lists live only there. */
export async function seedReferenceData(manager: EntityManager): Promise<void> {
  await upsertRows(
    manager,
    'sector',
    ['code'],
    SECTORS.map((sector, index) => ({
      code: sector.code,
      position: index + 1,
      name_he: sector.name.he,
      name_ar: sector.name.ar,
      name_en: sector.name.en,
    })),
  );
  await upsertRows(
    manager,
    'district',
    ['code'],
    DISTRICTS.map((district) => ({
      code: district.code,
      cbs_code: district.cbsCode,
      name_he: district.name.he,
      name_ar: district.name.ar,
      name_en: district.name.en,
    })),
  );
  await upsertRows(
    manager,
    'action_direction',
    ['number'],
    ACTION_DIRECTIONS.map((direction) => ({
      number: direction.number,
      title_he: direction.title.he,
      title_ar: direction.title.ar,
      title_en: direction.title.en,
      description_he: direction.description.he,
      description_ar: direction.description.ar,
      description_en: direction.description.en,
    })),
  );
  await upsertRows(
    manager,
    'sdg',
    ['number'],
    SDGS.map((sdg) => ({
      number: sdg.number,
      title_he: sdg.title.he,
      title_ar: sdg.title.ar,
      title_en: sdg.title.en,
      color: sdg.color,
    })),
  );
  await upsertRows(
    manager,
    'topic',
    ['code'],
    TOPICS.map((topic, index) => ({
      code: topic.code,
      position: index + 1,
      name_he: topic.name.he,
      name_ar: topic.name.ar,
      name_en: topic.name.en,
    })),
  );
}
