import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { SectorCode } from '@roundtable/shared/sectors';
import { SectorCodeEnum } from '../reference/reference.enums.js';
import { Sector } from '../reference/sector.entity.js';
import { Forum } from './forum.entity.js';

/**
 * One row of a forum's representation map (מפת ייצוגים): a sector's seats, and how many of them
 * active members hold. `filled` is kept by triggers (the migration): a member's insert, update or
 * delete adjusts their (forum, sector) row, and the CHECK refuses more members than seats. Two
 * appointments at once both update the same row, so they take turns and the second sees the
 * first (rule 1). A forum with no rows has no seat limit.
 */
@ObjectType({ description: "A sector's seats in a forum's representation map, and how many are held" })
@Entity({ name: 'forum_seat' })
@Check('forum_seat_seats_positive', '"seats" > 0')
@Check('forum_seat_filled_not_negative', '"filled" >= 0')
@Check('forum_seat_within_limit', '"filled" <= "seats"')
export class ForumSeat {
  @PrimaryColumn({ name: 'forum_id', type: 'uuid' })
  forumId: string;

  @ManyToOne(() => Forum, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'forum_id', foreignKeyConstraintName: 'forum_seat_forum_fk' })
  forum?: Relation<Forum>;

  @Field(() => SectorCodeEnum, { name: 'sector' })
  @PrimaryColumn({ name: 'sector_code', type: 'text' })
  sectorCode: SectorCode;

  @ManyToOne(() => Sector, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sector_code', foreignKeyConstraintName: 'forum_seat_sector_fk' })
  sector?: Relation<Sector>;

  @Field(() => Int)
  @Column({ type: 'smallint' })
  seats: number;

  @Field(() => Int, { description: 'Seats held by active members of the sector (the secretary holds none)' })
  @Column({ type: 'smallint', default: 0 })
  filled: number;

  @Field(() => Int)
  get vacant(): number {
    return this.seats - this.filled;
  }
}
