import { In, type DataSource } from 'typeorm';
import { oneByKey } from '../../common/graphql/loader.js';
import { Person } from '../people/person.entity.js';
import { Source } from './source.entity.js';

/** Loaders for sources and the people they name, created per request (context.ts). */
export function createSourcesLoaders(dataSource: DataSource) {
  return {
    sourceById: oneByKey<string, Source>(
      (ids) => dataSource.getRepository(Source).findBy({ id: In([...ids]) }),
      (source) => source.id,
    ),
    personById: oneByKey<string, Person>(
      (ids) => dataSource.getRepository(Person).findBy({ id: In([...ids]) }),
      (person) => person.id,
    ),
  };
}
