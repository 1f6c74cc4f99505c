import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { DistrictCode } from '@roundtable/shared/districts';
import { SDG_TARGET_SQL_PATTERN } from '@roundtable/shared/partnerships';
import { District } from '../geography/district.entity.js';
import { ActionDirection } from '../reference/action-direction.entity.js';
import { Sdg } from '../reference/sdg.entity.js';
import { Topic } from '../reference/topic.entity.js';
import { Partnership } from './partnership.entity.js';

/** A district a partnership works in. */
@Entity({ name: 'partnership_district' })
@Index('partnership_district_district_code_idx', ['districtCode'])
export class PartnershipDistrict {
  @PrimaryColumn({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @ManyToOne(() => Partnership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'partnership_district_partnership_fk' })
  partnership?: Relation<Partnership>;

  @PrimaryColumn({ name: 'district_code', type: 'text' })
  districtCode: DistrictCode;

  @ManyToOne(() => District, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'district_code', foreignKeyConstraintName: 'partnership_district_district_fk' })
  district?: Relation<District>;
}

/** An action direction (1–7, seed 004) a partnership advances. */
@Entity({ name: 'partnership_direction' })
@Check('partnership_direction_number_range', '"direction_number" BETWEEN 1 AND 7')
@Index('partnership_direction_direction_number_idx', ['directionNumber'])
export class PartnershipDirection {
  @PrimaryColumn({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @ManyToOne(() => Partnership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'partnership_direction_partnership_fk' })
  partnership?: Relation<Partnership>;

  @PrimaryColumn({ name: 'direction_number', type: 'smallint' })
  directionNumber: number;

  @ManyToOne(() => ActionDirection, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'direction_number', foreignKeyConstraintName: 'partnership_direction_direction_fk' })
  direction?: Relation<ActionDirection>;
}

/** A Sustainable Development Goal (1–17) a partnership contributes to. */
@Entity({ name: 'partnership_sdg' })
@Check('partnership_sdg_number_range', '"sdg_number" BETWEEN 1 AND 17')
@Index('partnership_sdg_sdg_number_idx', ['sdgNumber'])
export class PartnershipSdg {
  @PrimaryColumn({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @ManyToOne(() => Partnership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'partnership_sdg_partnership_fk' })
  partnership?: Relation<Partnership>;

  @PrimaryColumn({ name: 'sdg_number', type: 'smallint' })
  sdgNumber: number;

  @ManyToOne(() => Sdg, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sdg_number', foreignKeyConstraintName: 'partnership_sdg_sdg_fk' })
  sdg?: Relation<Sdg>;
}

/**
 * An SDG target (11.6, 6.a) a partnership contributes to. Its goal must be one of the partnership's
 * goals: the foreign key to partnership_sdg holds that, and a check that the code names that goal.
 */
@Entity({ name: 'partnership_sdg_target' })
@Check('partnership_sdg_target_format', `"target" ~ '${SDG_TARGET_SQL_PATTERN}'`)
@Check('partnership_sdg_target_of_goal', `split_part("target", '.', 1) = "sdg_number"::text`)
export class PartnershipSdgTarget {
  @PrimaryColumn({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @PrimaryColumn({ type: 'text' })
  target: string;

  @Column({ name: 'sdg_number', type: 'smallint' })
  sdgNumber: number;

  @ManyToOne(() => PartnershipSdg, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'partnership_id',
      referencedColumnName: 'partnershipId',
      foreignKeyConstraintName: 'partnership_sdg_target_goal_fk',
    },
    {
      name: 'sdg_number',
      referencedColumnName: 'sdgNumber',
      foreignKeyConstraintName: 'partnership_sdg_target_goal_fk',
    },
  ])
  goal?: Relation<PartnershipSdg>;
}

/** A topic (the extensible list of packages/shared/src/topics.ts) of a partnership. */
@Entity({ name: 'partnership_topic' })
@Index('partnership_topic_topic_code_idx', ['topicCode'])
export class PartnershipTopic {
  @PrimaryColumn({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @ManyToOne(() => Partnership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'partnership_topic_partnership_fk' })
  partnership?: Relation<Partnership>;

  @PrimaryColumn({ name: 'topic_code', type: 'text' })
  topicCode: string;

  @ManyToOne(() => Topic, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'topic_code', foreignKeyConstraintName: 'partnership_topic_topic_fk' })
  topic?: Relation<Topic>;
}
