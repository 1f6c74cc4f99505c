import { Args, Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { DomainError } from '../../common/errors/domain-error.js';
import type { Context } from '../../context.js';
import { Person } from '../people/person.entity.js';
import { Account } from './account.entity.js';
import { AccountIdArgs, AccountsArgs, IdArgs } from './identity.args.js';
import { GrantRoleInput, InviteAccountInput } from './identity.inputs.js';
import { AccountConnection, Invitation } from './identity.types.js';
import { RoleGrant } from './role-grant.entity.js';

/**
 * Accounts as administrators manage them, and the fields of an account that are personal: those
 * are for the account's owner and administrators only, and an administrator's read of someone's
 * email is written to the audit trail.
 */
@Authorized('ADMIN')
@Resolver(() => Account)
export class AccountResolver {
  @Query(() => AccountConnection, { description: 'Accounts by name' })
  accounts(@Args(() => AccountsArgs) args: AccountsArgs, @Ctx() { services }: Context) {
    return services.accounts.list(args);
  }

  @Query(() => Account, { description: 'NOT_FOUND when there is none' })
  account(@Args(() => IdArgs) { id }: IdArgs, @Ctx() { services }: Context) {
    return services.accounts.one(id);
  }

  @Mutation(() => Invitation, { description: 'Creates an account with its roles and the invitation to hand over' })
  inviteAccount(@Arg('input', () => InviteAccountInput) input: InviteAccountInput, @Ctx() { services }: Context) {
    return services.accounts.invite(input);
  }

  @Mutation(() => Invitation, { description: 'A new invitation link (also how an administrator resets a password)' })
  reissueInvitation(@Args(() => AccountIdArgs) { accountId }: AccountIdArgs, @Ctx() { services }: Context) {
    return services.accounts.reissueInvitation(accountId);
  }

  @Mutation(() => Account, { description: 'Grants a role with its scope; CONFLICT when the account holds it' })
  grantRole(@Arg('input', () => GrantRoleInput) input: GrantRoleInput, @Ctx() { services }: Context) {
    return services.accounts.grantRole(input);
  }

  @Mutation(() => Account, { description: 'Revokes a role; CONFLICT when that would leave no administrator' })
  revokeRole(@Args(() => IdArgs) { id }: IdArgs, @Ctx() { services }: Context) {
    return services.accounts.revokeRole(id);
  }

  @Mutation(() => Account, { description: 'Lets no one in with this account and ends its sessions at once' })
  disableAccount(@Args(() => AccountIdArgs) { accountId }: AccountIdArgs, @Ctx() { services }: Context) {
    return services.accounts.disable(accountId);
  }

  @Mutation(() => Account)
  enableAccount(@Args(() => AccountIdArgs) { accountId }: AccountIdArgs, @Ctx() { services }: Context) {
    return services.accounts.enable(accountId);
  }

  @Authorized()
  @FieldResolver(() => String, { description: "The sign-in email: for the account's owner and administrators" })
  async email(@Root() account: Account, @Ctx() { viewer, audit }: Context): Promise<string> {
    assertOwnerOrAdmin(account, viewer);
    await audit.personalDataRead(account.id);
    return account.email;
  }

  @Authorized()
  @FieldResolver(() => [RoleGrant], { description: 'The roles it holds, with their scope' })
  roles(@Root() account: Account, @Ctx() { viewer, loaders }: Context) {
    assertOwnerOrAdmin(account, viewer);
    return loaders.roleGrantsByAccountId.load(account.id);
  }

  @Authorized()
  @FieldResolver(() => Date, { nullable: true })
  lastSignedInAt(@Root() account: Account, @Ctx() { viewer }: Context): Date | null {
    assertOwnerOrAdmin(account, viewer);
    return account.lastSignedInAt;
  }

  @Authorized()
  @FieldResolver(() => Person, { nullable: true, description: 'The person in the partner pool it belongs to' })
  person(@Root() account: Account, @Ctx() { viewer, loaders }: Context) {
    assertOwnerOrAdmin(account, viewer);
    return account.personId ? loaders.personById.load(account.personId) : null;
  }
}

function assertOwnerOrAdmin(account: Account, viewer: Context['viewer']): void {
  if (account.id === viewer.accountId || viewer.hasRole('ADMIN')) return;
  throw new DomainError('FORBIDDEN', "Only the account's owner and administrators see this.");
}
