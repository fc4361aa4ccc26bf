// Names of the administrative levels, shared by the place and territory pages.
import { defineMessages } from '../i18n/i18n';

export const territoryLevelMessages = defineMessages(
  'territoryLevel',
  { 'level.COMMUNE': 'Commune', 'level.EPCI': 'Intercommunalité', 'level.DEPARTEMENT': 'Département', 'level.REGION': 'Région' },
  { 'level.COMMUNE': 'Commune', 'level.EPCI': 'Intercommunality', 'level.DEPARTEMENT': 'Département', 'level.REGION': 'Région' },
);
