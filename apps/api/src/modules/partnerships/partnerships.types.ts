import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../common/graphql/pagination.js';
import { Partnership } from './partnership.entity.js';

@ObjectType({ description: 'A page of partnerships, newest registered first' })
export class PartnershipConnection {
  @Field(() => [Partnership])
  nodes: Partnership[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'All partnerships the filter matches' })
  totalCount: number;
}
