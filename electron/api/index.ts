// Every channel of the contract and the handler that answers it.
import type { Handlers } from './context';
import { deleteAgreement, getAgreement, listAgreements, saveAgreement } from './agreements';
import { deleteActivity, listActivities, saveActivity } from './activities';
import { listAlerts, partnerHistory } from './alerts';
import { addDocument, listDocuments, readDocument, restoreDocument, trashDocument } from './documents';
import { deleteFilter, exportRegisterCsv, listFilters, saveFilter } from './register';
import { listAudit, listAuditFacets } from './audit';
import { searchGlobal } from './search';
import { exportListCsv, exportPdf, getBriefing, printJob, saveTalkingPoints } from './briefing';
import { createBackup, listBackupFiles, restoreBackup, saveBackupSettings } from './backup';
import { recoveryStatus, startEmpty } from './recovery';
import { exportBundle, importTransfer, previewTransfer } from './transfer';
import { describeIdentity } from './transfer-identity';
import { cancelTransfer, transferProgress } from './transfer-jobs';
import { forgetSigner, listSigners, trustKeyFile } from './transfer-signers';
import { loadDemo } from './demo';
import {
  copyProgramme,
  deleteEvent,
  duplicateEvent,
  getEvent,
  listEvents,
  listVisitConflicts,
  moveEvent,
  saveEvent,
} from './events';
import { deleteTravelTime, listTravelTimes, saveTravelTime } from './travel-times';
import { deleteOrganization, getOrganization, listOrganizations, saveOrganization, similarOrganizations } from './organizations';
import { deletePerson, getPerson, getPersonPhoto, listPeople, savePerson, similarPeople } from './people';
import { transliterate } from './names';
import { getSettings, saveSettings } from './settings';
import { deleteTask, listTasks, saveTask } from './tasks';
import { deleteVenue, getVenue, listVenues, saveVenue } from './venues';
import { reseat, saveSeating, seatingPlan } from './seating';
import { deleteVisitMember, orderVisitMembersByPrecedence, reorderVisitMembers, saveVisitMember } from './visit-members';
import { deleteVisit, getVisit, listVisits, saveVisit, setVisitStatus } from './visits';
import { getCalendarRange, setEventAttendance } from './planning';
import { listTrash, restoreFromTrash } from './trash';

export const handlers: Handlers = {
  'organizations:list': listOrganizations,
  'organizations:get': getOrganization,
  'organizations:save': saveOrganization,
  'organizations:delete': deleteOrganization,
  'organizations:similar': similarOrganizations,

  'people:list': listPeople,
  'people:get': getPerson,
  'people:save': savePerson,
  'people:delete': deletePerson,
  'people:similar': similarPeople,
  'people:photo': getPersonPhoto,
  'names:transliterate': transliterate,

  'venues:list': listVenues,
  'venues:get': getVenue,
  'venues:save': saveVenue,
  'venues:delete': deleteVenue,

  'visits:list': listVisits,
  'visits:get': getVisit,
  'visits:save': saveVisit,
  'visits:delete': deleteVisit,
  'visits:setStatus': setVisitStatus,

  'visitMembers:save': saveVisitMember,
  'visitMembers:delete': deleteVisitMember,
  'visitMembers:reorder': reorderVisitMembers,
  'visitMembers:orderByPrecedence': orderVisitMembersByPrecedence,
  'seating:plan': seatingPlan,
  'seating:save': saveSeating,
  'seating:reseat': reseat,

  'events:list': listEvents,
  'events:get': getEvent,
  'events:save': saveEvent,
  'events:delete': deleteEvent,
  'events:move': moveEvent,
  'events:duplicate': duplicateEvent,
  'events:copyProgramme': copyProgramme,
  'visits:conflicts': listVisitConflicts,
  'travelTimes:list': listTravelTimes,
  'travelTimes:save': saveTravelTime,
  'travelTimes:delete': deleteTravelTime,

  'tasks:list': listTasks,
  'tasks:save': saveTask,
  'tasks:delete': deleteTask,

  'calendar:range': getCalendarRange,
  'events:setAttendance': setEventAttendance,
  'trash:list': listTrash,
  'trash:restore': restoreFromTrash,

  'agreements:list': listAgreements,
  'agreements:get': getAgreement,
  'agreements:save': saveAgreement,
  'agreements:delete': deleteAgreement,
  'agreements:exportCsv': exportRegisterCsv,
  'registerFilters:list': listFilters,
  'registerFilters:save': saveFilter,
  'registerFilters:delete': deleteFilter,
  'activities:list': listActivities,
  'activities:save': saveActivity,
  'activities:delete': deleteActivity,
  'documents:list': listDocuments,
  'documents:add': addDocument,
  'documents:read': readDocument,
  'documents:trash': trashDocument,
  'documents:restore': restoreDocument,
  'alerts:list': listAlerts,
  'partners:history': partnerHistory,

  'audit:list': listAudit,
  'audit:facets': listAuditFacets,
  'search:global': searchGlobal,

  'settings:get': getSettings,
  'settings:save': saveSettings,

  'demo:load': loadDemo,

  'briefing:get': getBriefing,
  'briefing:saveTalkingPoints': saveTalkingPoints,
  'briefing:exportPdf': exportPdf,
  'briefing:print': printJob,
  'briefing:exportCsv': exportListCsv,

  'backup:list': listBackupFiles,
  'backup:create': createBackup,
  'backup:restore': restoreBackup,
  'backup:saveSettings': saveBackupSettings,
  'recovery:status': recoveryStatus,
  'recovery:startEmpty': startEmpty,
  'transfer:export': exportBundle,
  'transfer:preview': previewTransfer,
  'transfer:import': importTransfer,
  'transfer:progress': transferProgress,
  'transfer:cancel': cancelTransfer,
  'transfer:identity': describeIdentity,
  'transfer:signers': listSigners,
  'transfer:trustKeyFile': trustKeyFile,
  'transfer:forgetSigner': forgetSigner,
};
