import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Readable } from 'node:stream';
import { z } from 'zod';
import {
  AttachedSignature,
  AttachSignatureBody,
  AssetDetail,
  AssetView,
  CreateVersionBody,
  PromoteBody,
  QuarantineBody,
  RegistryAssetParams,
  RegistryDiffQuery,
  RegistryDownloadQuery,
  RegistryFileParams,
  RegistryListQuery,
  RegistryStageParams,
  RegistryVersionParams,
  UploadResult,
  VerifyResult,
  VersionDetail,
  VersionDiff,
  VersionView,
} from '../contracts/registry.js';
import type { Permission } from '../platform/identity/permissions.js';
import { parseSelector, type AssetKind } from './engine/asset-ref.js';
import type { VersionMetadata } from './engine/ml-bom.js';
import { RegistryInputInvalid } from './registry.errors.js';
import type { AssetScope, RegistryService } from './registry.service.js';

export interface RegistryRoutesOptions {
  readonly service: RegistryService;
  /**
   * Largest upload accepted (pass `config.server.maxUploadBytes`). Uploads bypass Fastify's body
   * parser (they stream), so this limit is enforced while streaming: BLOB_TOO_LARGE, nothing kept.
   */
  readonly maxUploadBytes?: number;
}

const perm = (kind: AssetKind, verb: string) => `${kind}:${verb}` as Permission;

/**
 * The registry API for models and datasets alike: `/models…` and `/datasets…`. Uploads are
 * `application/octet-stream` bodies streamed into the encrypted blob store (never buffered);
 * downloads stream the decrypted, hash-verified content back.
 */
export const registryRoutes: FastifyPluginAsyncZod<RegistryRoutesOptions> = async (
  app,
  { service, maxUploadBytes },
) => {
  // In this plugin only, hand octet-stream bodies over as the raw request stream.
  app.removeContentTypeParser('application/octet-stream');
  app.addContentTypeParser('application/octet-stream', (_request, payload, done) =>
    done(null, payload),
  );

  for (const kind of ['model', 'dataset'] as const) {
    const base = `/projects/:project/${kind}s/:name`;
    const tags = ['registry'];
    const scopeOf = (p: { project: string; name: string }): AssetScope => ({
      kind,
      project: p.project,
      name: p.name,
    });
    const read = { permission: perm(kind, 'read'), projectParam: 'project' };

    app.get(
      `/${kind}s`,
      {
        config: read,
        schema: {
          tags,
          summary: `List ${kind}s`,
          querystring: RegistryListQuery,
          response: { 200: z.array(AssetView) },
        },
      },
      (request) => service.listAssets(request.actor, { kind, project: request.query.project }),
    );

    app.get(
      base,
      {
        config: read,
        schema: {
          tags,
          summary: `Show a ${kind} with its stage history`,
          params: RegistryAssetParams,
          response: { 200: AssetDetail },
        },
      },
      async (request) => {
        const scope = scopeOf(request.params);
        return {
          ...(await service.getAsset(request.actor, scope)),
          history: await service.stageHistory(request.actor, scope),
        };
      },
    );

    app.delete(
      base,
      {
        config: { permission: perm(kind, 'delete'), projectParam: 'project' },
        schema: {
          tags,
          summary: `Soft-delete a ${kind} and all its versions`,
          params: RegistryAssetParams,
        },
      },
      async (request, reply) => {
        await service.delete(request.actor, scopeOf(request.params));
        return reply.code(204).send();
      },
    );

    app.get(
      `${base}/versions`,
      {
        config: read,
        schema: {
          tags,
          summary: `List the versions of a ${kind}`,
          params: RegistryAssetParams,
          response: { 200: z.array(VersionView) },
        },
      },
      (request) => service.listVersions(request.actor, scopeOf(request.params)),
    );

    app.post(
      `${base}/uploads`,
      {
        config: { permission: perm(kind, 'write'), projectParam: 'project' },
        schema: {
          tags,
          summary:
            'Upload one file (application/octet-stream); name it in a new version with its digest',
          params: RegistryAssetParams,
          response: { 200: UploadResult },
        },
      },
      async (request) => {
        const body = request.body as Readable | undefined;
        if (body === undefined || typeof (body as Partial<Readable>).pipe !== 'function') {
          throw new RegistryInputInvalid(
            'upload',
            'send the file as the application/octet-stream body',
          );
        }
        return service.uploadFile(request.actor, scopeOf(request.params), body, {
          ...(maxUploadBytes === undefined ? {} : { maxBytes: maxUploadBytes }),
        });
      },
    );

    app.post(
      `${base}/versions`,
      {
        config: { permission: perm(kind, 'write'), projectParam: 'project' },
        schema: {
          tags,
          summary: `Create the next version of a ${kind} from uploaded files`,
          params: RegistryAssetParams,
          body: CreateVersionBody,
          response: { 201: VersionDetail },
        },
      },
      async (request, reply) => {
        const { files, metadata, trainedOn, description, tags: assetTags, riskTier } = request.body;
        const version = await service.createVersion(request.actor, scopeOf(request.params), {
          files,
          ...(metadata === undefined ? {} : { metadata: metadata as VersionMetadata }),
          ...(trainedOn === undefined ? {} : { trainedOn }),
          ...(description === undefined ? {} : { description }),
          ...(assetTags === undefined ? {} : { tags: assetTags }),
          ...(riskTier === undefined ? {} : { riskTier }),
        });
        return reply.code(201).send(version);
      },
    );

    const version = `${base}/versions/:version`;
    app.get(
      version,
      {
        config: read,
        schema: {
          tags,
          summary: 'Show a version (number, stage or latest)',
          params: RegistryVersionParams,
          response: { 200: VersionDetail },
        },
      },
      (request) =>
        service.getVersion(
          request.actor,
          scopeOf(request.params),
          parseSelector(request.params.version),
        ),
    );

    app.delete(
      version,
      {
        config: { permission: perm(kind, 'delete'), projectParam: 'project' },
        schema: { tags, summary: 'Soft-delete a version', params: RegistryVersionParams },
      },
      async (request, reply) => {
        await service.delete(
          request.actor,
          scopeOf(request.params),
          parseSelector(request.params.version),
        );
        return reply.code(204).send();
      },
    );

    app.get(
      `${version}/files/*`,
      {
        config: { permission: perm(kind, 'download'), projectParam: 'project' },
        schema: {
          tags,
          summary: 'Download one file (streamed, hash-verified, audited)',
          params: RegistryFileParams,
          querystring: RegistryDownloadQuery,
        },
      },
      async (request, reply) => {
        const opened = await service.openFile(
          request.actor,
          scopeOf(request.params),
          parseSelector(request.params.version),
          request.params['*'],
          {
            override: request.query.override === 'true',
          },
        );
        return reply
          .header('content-type', 'application/octet-stream')
          .header('content-length', String(opened.size))
          .header('x-content-sha256', opened.sha256)
          .header('x-rampart-version', String(opened.version))
          .send(opened.stream);
      },
    );

    app.post(
      `${version}/verify`,
      {
        config: read,
        schema: {
          tags,
          summary: 'Re-hash the files and check the signature',
          params: RegistryVersionParams,
          response: { 200: VerifyResult },
        },
      },
      (request) =>
        service.verify(
          request.actor,
          scopeOf(request.params),
          parseSelector(request.params.version),
        ),
    );

    app.get(
      `${version}/bom`,
      {
        config: read,
        schema: {
          tags,
          summary: 'CycloneDX 1.6 ML-BOM of a version',
          params: RegistryVersionParams,
        },
      },
      (request) =>
        service.bom(request.actor, scopeOf(request.params), parseSelector(request.params.version)),
    );

    app.post(
      `${version}/signatures`,
      {
        config: { permission: perm(kind, 'write'), projectParam: 'project' },
        schema: {
          tags,
          summary: 'Attach your own signature bundle (kept only if it verifies against the files)',
          params: RegistryVersionParams,
          body: AttachSignatureBody,
          response: { 201: AttachedSignature },
        },
      },
      async (request, reply) => {
        const attached = await service.signatures.attach(
          request.actor,
          scopeOf(request.params),
          parseSelector(request.params.version),
          { bundle: request.body.bundle, publicKeyPem: request.body.publicKey },
        );
        return reply.code(201).send(attached);
      },
    );
    app.get(
      `${version}/signatures`,
      {
        config: read,
        schema: {
          tags,
          summary: 'Signatures users attached, re-verified',
          params: RegistryVersionParams,
          response: { 200: z.array(AttachedSignature) },
        },
      },
      (request) =>
        service.signatures.list(
          request.actor,
          scopeOf(request.params),
          parseSelector(request.params.version),
        ),
    );

    const promote = { permission: perm(kind, 'promote'), projectParam: 'project' };
    const quarantine = { permission: perm(kind, 'quarantine'), projectParam: 'project' };
    app.post(
      `${version}/quarantine`,
      {
        config: quarantine,
        schema: {
          tags,
          summary: 'Quarantine a version (blocks downloads)',
          params: RegistryVersionParams,
          body: QuarantineBody,
          response: { 200: VersionView },
        },
      },
      (request) =>
        service.quarantine(
          request.actor,
          scopeOf(request.params),
          parseSelector(request.params.version),
          request.body.reason ?? '',
        ),
    );
    app.post(
      `${version}/release`,
      {
        config: quarantine,
        schema: {
          tags,
          summary: 'Release a quarantined version',
          params: RegistryVersionParams,
          response: { 200: VersionView },
        },
      },
      (request) =>
        service.release(
          request.actor,
          scopeOf(request.params),
          parseSelector(request.params.version),
        ),
    );
    app.put(
      `${base}/stages/:stage`,
      {
        config: promote,
        schema: {
          tags,
          summary: 'Point a stage at a version',
          params: RegistryStageParams,
          body: PromoteBody,
          response: { 200: VersionView },
        },
      },
      (request) =>
        service.promote(
          request.actor,
          scopeOf(request.params),
          parseSelector(request.body.version),
          request.params.stage,
        ),
    );
    app.post(
      `${base}/stages/:stage/rollback`,
      {
        config: promote,
        schema: {
          tags,
          summary: 'Move a stage back to its previous version',
          params: RegistryStageParams,
          response: { 200: VersionView },
        },
      },
      (request) => service.rollback(request.actor, scopeOf(request.params), request.params.stage),
    );
    app.get(
      `${base}/diff`,
      {
        config: read,
        schema: {
          tags,
          summary: 'Diff two versions',
          params: RegistryAssetParams,
          querystring: RegistryDiffQuery,
          response: { 200: VersionDiff },
        },
      },
      (request) =>
        service.diff(
          request.actor,
          scopeOf(request.params),
          parseSelector(request.query.from),
          parseSelector(request.query.to),
        ),
    );
  }
};
