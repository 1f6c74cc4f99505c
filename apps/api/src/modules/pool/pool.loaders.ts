import { In, type DataSource } from 'typeorm';
import { manyByKey, oneByKey } from '../../common/graphql/loader.js';
import { OrganisationDistrict, OrganisationTopic } from '../organisations/organisation-activity.entity.js';
import { ContactDetail } from './contact-detail.entity.js';
import { StakeholderPosition } from './stakeholder-position.entity.js';
import { StakeholderProfile } from './stakeholder-profile.entity.js';
import { StakeholderDistrict, StakeholderTopic } from './stakeholder-topic.entity.js';

/** The partner pool's loaders, created per request (context.ts). */
export function createPoolLoaders(dataSource: DataSource) {
  return {
    profileByPersonId: oneByKey<string, StakeholderProfile>(
      (ids) => dataSource.getRepository(StakeholderProfile).findBy({ personId: In([...ids]) }),
      (profile) => profile.personId,
    ),
    stakeholderTopicsByPersonId: manyByKey<string, StakeholderTopic>(
      (ids) =>
        dataSource.getRepository(StakeholderTopic).find({
          where: { personId: In([...ids]) },
          relations: { topic: true },
          order: { position: 'ASC' },
        }),
      (row) => row.personId,
    ),
    stakeholderDistrictsByPersonId: manyByKey<string, StakeholderDistrict>(
      (ids) =>
        dataSource
          .getRepository(StakeholderDistrict)
          // By code, as the search index lists them (the cards of a search and of a profile agree).
          .find({ where: { personId: In([...ids]) }, relations: { district: true }, order: { districtCode: 'ASC' } }),
      (row) => row.personId,
    ),
    contactsByPersonId: manyByKey<string, ContactDetail>(
      (ids) =>
        dataSource.getRepository(ContactDetail).find({ where: { personId: In([...ids]) }, order: { position: 'ASC' } }),
      (row) => row.personId,
    ),
    positionsByPersonId: manyByKey<string, StakeholderPosition>(
      (ids) =>
        dataSource
          .getRepository(StakeholderPosition)
          .find({ where: { personId: In([...ids]) }, order: { startYear: 'DESC', id: 'ASC' } }),
      (row) => row.personId,
    ),
    organisationTopicsById: manyByKey<string, OrganisationTopic>(
      (ids) =>
        dataSource
          .getRepository(OrganisationTopic)
          .find({ where: { organisationId: In([...ids]) }, relations: { topic: true } }),
      (row) => row.organisationId,
    ),
    organisationDistrictsById: manyByKey<string, OrganisationDistrict>(
      (ids) =>
        dataSource
          .getRepository(OrganisationDistrict)
          .find({ where: { organisationId: In([...ids]) }, relations: { district: true } }),
      (row) => row.organisationId,
    ),
  };
}
