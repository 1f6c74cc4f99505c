import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../common/graphql/pagination.js';
import { LocalAuthority } from './local-authority.entity.js';

@ObjectType()
export class LocalAuthorityEdge {
  @Field(() => String)
  cursor: string;

  @Field(() => LocalAuthority)
  node: LocalAuthority;
}

@ObjectType({ description: 'A page of local authorities, ordered by Hebrew name' })
export class LocalAuthorityConnection {
  @Field(() => [LocalAuthorityEdge])
  edges: LocalAuthorityEdge[];

  @Field(() => [LocalAuthority])
  nodes: LocalAuthority[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'How many match the filters, on all pages' })
  totalCount: number;
}
