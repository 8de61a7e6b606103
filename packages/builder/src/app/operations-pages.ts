/** The admins' operations pages, written in ../operations; one place to import them from. */
export { ApiKeysPage, ConnectorsPage, DeliveriesPage, UsersPage } from "../operations/index.ts";
