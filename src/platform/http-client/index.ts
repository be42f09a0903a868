export {
  createHttpClient,
  assertPublicDestination,
  isPrivateAddress,
  type HttpClient,
  type HttpClientOptions,
  type RequestOptions,
} from './http-client.js';
export * from './http-client.errors.js';
