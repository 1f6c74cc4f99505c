import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { DistrictCode } from '@roundtable/shared/districts';
import { District } from '../geography/district.entity.js';
import { Topic } from '../reference/topic.entity.js';
import { Organisation } from './organisation.entity.js';

/** A topic an organisation is active in (domain.md: "districts and topics of activity"). */
@Entity({ name: 'organisation_topic' })
@Index('organisation_topic_topic_code_idx', ['topicCode'])
export class OrganisationTopic {
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'organisation_topic_organisation_fk' })
  organisation?: Relation<Organisation>;

  @PrimaryColumn({ name: 'topic_code', type: 'text' })
  topicCode: string;

  @ManyToOne(() => Topic, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'topic_code', foreignKeyConstraintName: 'organisation_topic_topic_fk' })
  topic?: Relation<Topic>;
}

/** A district an organisation is active in. */
@Entity({ name: 'organisation_district' })
export class OrganisationDistrict {
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'organisation_district_organisation_fk' })
  organisation?: Relation<Organisation>;

  @PrimaryColumn({ name: 'district_code', type: 'text' })
  districtCode: DistrictCode;

  @ManyToOne(() => District, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'district_code', foreignKeyConstraintName: 'organisation_district_district_fk' })
  district?: Relation<District>;
}
