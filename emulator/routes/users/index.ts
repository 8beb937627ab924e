// Graph v1.0 users: /users (with $select, $filter, $search, $count, $orderby, paging), /users/{id}, manager,
// directReports, /users/delta, and the directory writes (POST, PATCH, DELETE, manager/$ref).
export { defaultUserProperties, toGraphUser, findUser } from './user-resource';
export { deltaTokenLifetimeMs } from './delta';
export { userRoutes } from './routes';
