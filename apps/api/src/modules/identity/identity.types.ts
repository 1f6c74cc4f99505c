import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../common/graphql/pagination.js';
import { Account } from './account.entity.js';
import { AuthSession } from './auth-session.entity.js';

@ObjectType({ description: 'A page of accounts, by name' })
export class AccountConnection {
  @Field(() => [Account])
  nodes: Account[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}

@ObjectType({ description: 'An invitation to hand to the person: the token goes in the invitation link' })
export class Invitation {
  @Field(() => Account)
  account: Account;

  @Field(() => String, { description: 'Shown once; only its hash is kept' })
  token: string;

  @Field(() => Date)
  expiresAt: Date;
}

@ObjectType({ description: 'A new API token: send it as `Authorization: Bearer <token>`' })
export class CreatedApiToken {
  @Field(() => AuthSession)
  apiToken: AuthSession;

  @Field(() => String, { description: 'Shown once; only its hash is kept' })
  token: string;
}
