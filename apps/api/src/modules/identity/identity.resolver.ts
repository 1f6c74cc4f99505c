import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { PUBLIC } from '../../common/auth/auth-checker.js';
import type { Context } from '../../context.js';
import { Account } from './account.entity.js';
import { AuthSession } from './auth-session.entity.js';
import { IdArgs } from './identity.args.js';
import { AcceptInvitationInput, ChangePasswordInput, CreateApiTokenInput, SignInInput } from './identity.inputs.js';
import { CreatedApiToken } from './identity.types.js';

/** A person's own account: who am I, signing in and out, the password, API tokens. */
@Resolver()
export class IdentityResolver {
  @Authorized(PUBLIC)
  @Query(() => Account, { nullable: true, description: 'The signed-in account, or null' })
  me(@Ctx() { viewer, loaders }: Context) {
    return viewer.accountId ? loaders.accountById.load(viewer.accountId) : null;
  }

  @Authorized(PUBLIC)
  @Mutation(() => Account, {
    description:
      'Signs in with email and password and starts a session (an httpOnly cookie). INVALID_CREDENTIALS when either is wrong; RATE_LIMITED after too many attempts',
  })
  signIn(@Arg('input', () => SignInInput) input: SignInInput, @Ctx() { services }: Context) {
    return services.identity.signIn(input);
  }

  @Authorized(PUBLIC)
  @Mutation(() => Boolean, { description: 'Ends the session (or API token) the request came with' })
  signOut(@Ctx() { services }: Context) {
    return services.identity.signOut();
  }

  @Authorized(PUBLIC)
  @Mutation(() => Account, { description: 'Sets the password from an invitation link and signs in' })
  acceptInvitation(
    @Arg('input', () => AcceptInvitationInput) input: AcceptInvitationInput,
    @Ctx() { services }: Context,
  ) {
    return services.identity.acceptInvitation(input);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "Changes the signed-in account's password; its other sessions end" })
  changePassword(@Arg('input', () => ChangePasswordInput) input: ChangePasswordInput, @Ctx() { services }: Context) {
    return services.identity.changePassword(input);
  }

  @Authorized()
  @Query(() => [AuthSession], { description: "The signed-in account's API tokens, newest first" })
  myApiTokens(@Ctx() { services }: Context) {
    return services.identity.myApiTokens();
  }

  @Authorized()
  @Mutation(() => CreatedApiToken, { description: 'A token for an API client; the secret is in the answer only' })
  createApiToken(@Arg('input', () => CreateApiTokenInput) input: CreateApiTokenInput, @Ctx() { services }: Context) {
    return services.identity.createApiToken(input);
  }

  @Authorized()
  @Mutation(() => AuthSession, { description: 'Ends one of your API tokens at once' })
  revokeApiToken(@Args(() => IdArgs) { id }: IdArgs, @Ctx() { services }: Context) {
    return services.identity.revokeApiToken(id);
  }
}
