import { Event } from '../modules/events/event.entity.js';
import {
  EventAudienceSector,
  EventOutcomeDirection,
  EventOutcomePartnership,
} from '../modules/events/event-links.entity.js';
import { EventRegistration } from '../modules/events/event-registration.entity.js';
import { EventTrack } from '../modules/events/event-track.entity.js';
import { ApplicationScore } from '../modules/calls/application-score.entity.js';
import { Application } from '../modules/calls/application.entity.js';
import { CallCriterion } from '../modules/calls/call-criterion.entity.js';
import { CallDeadlineExtension } from '../modules/calls/call-deadline-extension.entity.js';
import { Call } from '../modules/calls/call.entity.js';
import { ClusterMembership } from '../modules/clusters/cluster-membership.entity.js';
import { ClusterName } from '../modules/clusters/cluster-name.entity.js';
import { ClusterTopic } from '../modules/clusters/cluster-topic.entity.js';
import { ClusterVisionGoal } from '../modules/clusters/cluster-vision-goal.entity.js';
import { Cluster } from '../modules/clusters/cluster.entity.js';
import { Milestone } from '../modules/clusters/milestone.entity.js';
import { ForumGoal } from '../modules/forums/forum-goal.entity.js';
import { ForumMember } from '../modules/forums/forum-member.entity.js';
import { ForumSeat } from '../modules/forums/forum-seat.entity.js';
import { Forum } from '../modules/forums/forum.entity.js';
import { MeetingAttendance } from '../modules/forums/meeting-attendance.entity.js';
import { Meeting } from '../modules/forums/meeting.entity.js';
import { OrganisationDistrict, OrganisationTopic } from '../modules/organisations/organisation-activity.entity.js';
import { Organisation } from '../modules/organisations/organisation.entity.js';
import { ContactDetail } from '../modules/pool/contact-detail.entity.js';
import { StakeholderPosition } from '../modules/pool/stakeholder-position.entity.js';
import { StakeholderProfile } from '../modules/pool/stakeholder-profile.entity.js';
import { StakeholderDistrict, StakeholderTopic } from '../modules/pool/stakeholder-topic.entity.js';
import { District } from '../modules/geography/district.entity.js';
import { LocalAuthorityName } from '../modules/geography/local-authority-name.entity.js';
import { LocalAuthority } from '../modules/geography/local-authority.entity.js';
import { Person } from '../modules/people/person.entity.js';
import { AuditEvent } from '../modules/audit/audit-event.entity.js';
import { Account } from '../modules/identity/account.entity.js';
import { AuthSession } from '../modules/identity/auth-session.entity.js';
import { RoleGrant } from '../modules/identity/role-grant.entity.js';
import { PartnershipIndicator } from '../modules/partnerships/partnership-indicator.entity.js';
import {
  PartnershipDirection,
  PartnershipDistrict,
  PartnershipSdg,
  PartnershipSdgTarget,
  PartnershipTopic,
} from '../modules/partnerships/partnership-links.entity.js';
import { PartnershipMilestone } from '../modules/partnerships/partnership-milestone.entity.js';
import { PartnershipPartner } from '../modules/partnerships/partnership-partner.entity.js';
import { Partnership } from '../modules/partnerships/partnership.entity.js';
import { ProgressReport, ProgressReportValue } from '../modules/partnerships/progress-report.entity.js';
import { ActionDirection } from '../modules/reference/action-direction.entity.js';
import { Sdg } from '../modules/reference/sdg.entity.js';
import { Sector } from '../modules/reference/sector.entity.js';
import { Topic } from '../modules/reference/topic.entity.js';
import { DataImport } from '../modules/sources/data-import.entity.js';
import { Source } from '../modules/sources/source.entity.js';

/** Every entity, listed rather than globbed so the bundle and the CLI see the same set. */
export const ENTITIES = [
  Sector,
  Topic,
  ActionDirection,
  Sdg,
  District,
  Source,
  DataImport,
  Person,
  LocalAuthority,
  LocalAuthorityName,
  Cluster,
  ClusterName,
  ClusterTopic,
  ClusterVisionGoal,
  ClusterMembership,
  Milestone,
  Organisation,
  OrganisationTopic,
  OrganisationDistrict,
  StakeholderProfile,
  StakeholderTopic,
  StakeholderDistrict,
  ContactDetail,
  StakeholderPosition,
  Forum,
  ForumGoal,
  ForumSeat,
  ForumMember,
  Meeting,
  MeetingAttendance,
  Account,
  RoleGrant,
  AuthSession,
  AuditEvent,
  Call,
  CallCriterion,
  CallDeadlineExtension,
  Application,
  ApplicationScore,
  Partnership,
  PartnershipPartner,
  PartnershipDistrict,
  PartnershipDirection,
  PartnershipSdg,
  PartnershipSdgTarget,
  PartnershipTopic,
  PartnershipMilestone,
  PartnershipIndicator,
  ProgressReport,
  ProgressReportValue,
  Event,
  EventTrack,
  EventAudienceSector,
  EventOutcomeDirection,
  EventOutcomePartnership,
  EventRegistration,
];
