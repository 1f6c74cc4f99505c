import type { DataSource } from 'typeorm';
import { District } from '../geography/district.entity.js';
import { ActionDirection } from './action-direction.entity.js';
import { Sdg } from './sdg.entity.js';
import { Sector } from './sector.entity.js';
import { Topic } from './topic.entity.js';

/** Reads the reference tables (seeded from packages/shared) in their display order. */
export class ReferenceService {
  constructor(private readonly dataSource: DataSource) {}

  sectors(): Promise<Sector[]> {
    return this.dataSource.getRepository(Sector).find({ order: { position: 'ASC' } });
  }

  districts(): Promise<District[]> {
    return this.dataSource.getRepository(District).find({ order: { cbsCode: 'ASC' } });
  }

  actionDirections(): Promise<ActionDirection[]> {
    return this.dataSource.getRepository(ActionDirection).find({ order: { number: 'ASC' } });
  }

  sdgs(): Promise<Sdg[]> {
    return this.dataSource.getRepository(Sdg).find({ order: { number: 'ASC' } });
  }

  topics(): Promise<Topic[]> {
    return this.dataSource.getRepository(Topic).find({ order: { position: 'ASC' } });
  }
}
