import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { DistrictCode } from '@roundtable/shared/districts';
import { District } from '../geography/district.entity.js';
import { Topic } from '../reference/topic.entity.js';
import { StakeholderProfile } from './stakeholder-profile.entity.js';

/** A topic a person in the pool works on, in the order they gave. */
@Entity({ name: 'stakeholder_topic' })
@Index('stakeholder_topic_topic_code_idx', ['topicCode', 'personId'])
export class StakeholderTopic {
  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => StakeholderProfile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'stakeholder_topic_profile_fk' })
  profile?: Relation<StakeholderProfile>;

  @PrimaryColumn({ name: 'topic_code', type: 'text' })
  topicCode: string;

  @ManyToOne(() => Topic, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'topic_code', foreignKeyConstraintName: 'stakeholder_topic_topic_fk' })
  topic?: Relation<Topic>;

  @Column({ type: 'smallint' })
  position: number;
}

/** A district a person in the pool works in. */
@Entity({ name: 'stakeholder_district' })
@Index('stakeholder_district_district_code_idx', ['districtCode', 'personId'])
export class StakeholderDistrict {
  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => StakeholderProfile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'stakeholder_district_profile_fk' })
  profile?: Relation<StakeholderProfile>;

  @PrimaryColumn({ name: 'district_code', type: 'text' })
  districtCode: DistrictCode;

  @ManyToOne(() => District, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'district_code', foreignKeyConstraintName: 'stakeholder_district_district_fk' })
  district?: Relation<District>;
}
