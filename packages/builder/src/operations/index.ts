/** The operations pages of an organisation's admins: staff, API keys, deliveries, connectors. */
export { ApiKeysPage } from "./api-keys/api-keys-page.tsx";
export { ConnectorsPage } from "./connectors/connectors-page.tsx";
export { DeliveriesPage } from "./deliveries/deliveries-page.tsx";
export type { OperationsPageProps } from "./shared/page-props.ts";
export { UsersPage } from "./users/users-page.tsx";
