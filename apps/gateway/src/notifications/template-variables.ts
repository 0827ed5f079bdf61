import type { ApplicationEntity } from '../applications/application.entity.js';
import type { TemplateVariables } from './templates/notification-templates.js';

/** What a template may say of an application: first name, a short reference and the loan amount; nothing else. */
export function variablesOf(application: ApplicationEntity): TemplateVariables {
  return {
    firstName: application.fullName.trim().split(/\s+/)[0],
    applicationRef: application.id.slice(0, 8).toUpperCase(),
    amount: indianRupees(application.sanctionedAmount ?? application.acceptedAmount ?? application.loanAmount),
  };
}

/** A decimal string in the Indian grouping (1,50,000.00), without going through a float. */
export function indianRupees(amount: string): string {
  const [whole, fraction = ''] = amount.split('.');
  const last3 = whole.slice(-3);
  const rest = whole.slice(0, -3);
  const grouped = rest ? `${rest.replace(/\B(?=(\d{2})+(?!\d))/g, ',')},${last3}` : last3;
  return `${grouped}.${fraction.padEnd(2, '0').slice(0, 2)}`;
}
