// Every channel of the contract and the handler that answers it.
import type { Handlers } from './context';
import { deleteAgreement, getAgreement, listAgreements, saveAgreement } from './agreements';
import { listAudit } from './audit';
import { loadDemo } from './demo';
import { deleteEvent, getEvent, listEvents, saveEvent } from './events';
import { deleteOrganization, getOrganization, listOrganizations, saveOrganization } from './organizations';
import { deletePerson, getPerson, listPeople, savePerson } from './people';
import { getSettings, saveSettings } from './settings';
import { deleteTask, listTasks, saveTask } from './tasks';
import { deleteVenue, getVenue, listVenues, saveVenue } from './venues';
import { deleteVisitMember, saveVisitMember } from './visit-members';
import { deleteVisit, getVisit, listVisits, saveVisit } from './visits';

export const handlers: Handlers = {
  'organizations:list': listOrganizations,
  'organizations:get': getOrganization,
  'organizations:save': saveOrganization,
  'organizations:delete': deleteOrganization,

  'people:list': listPeople,
  'people:get': getPerson,
  'people:save': savePerson,
  'people:delete': deletePerson,

  'venues:list': listVenues,
  'venues:get': getVenue,
  'venues:save': saveVenue,
  'venues:delete': deleteVenue,

  'visits:list': listVisits,
  'visits:get': getVisit,
  'visits:save': saveVisit,
  'visits:delete': deleteVisit,

  'visitMembers:save': saveVisitMember,
  'visitMembers:delete': deleteVisitMember,

  'events:list': listEvents,
  'events:get': getEvent,
  'events:save': saveEvent,
  'events:delete': deleteEvent,

  'tasks:list': listTasks,
  'tasks:save': saveTask,
  'tasks:delete': deleteTask,

  'agreements:list': listAgreements,
  'agreements:get': getAgreement,
  'agreements:save': saveAgreement,
  'agreements:delete': deleteAgreement,

  'audit:list': listAudit,

  'settings:get': getSettings,
  'settings:save': saveSettings,

  'demo:load': loadDemo,
};
