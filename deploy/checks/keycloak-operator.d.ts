/**
 * The Keycloak Operator's resources (k8s.keycloak.org/v2alpha1, operator 26.x), transcribed from its documentation
 * (https://www.keycloak.org/operator/advanced-configuration, .../realm-import): its CRDs are in no registry these
 * machines reach. Only the fields this project may use are here, so that an unknown or misspelt one is an error;
 * add a field from the documentation when a manifest needs it.
 */
import type { IObjectMeta } from "@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta";
import type { IResourceRequirements } from "kubernetes-models/v1/ResourceRequirements";

interface SecretKeySelector {
  name: string;
  key: string;
  optional?: boolean;
}

export interface IKeycloak {
  apiVersion: "k8s.keycloak.org/v2alpha1";
  kind: "Keycloak";
  metadata: IObjectMeta;
  spec: {
    instances?: number;
    image?: string;
    imagePullSecrets?: Array<{ name: string }>;
    startOptimized?: boolean;
    db?: {
      vendor: "postgres" | "mysql" | "mariadb" | "mssql" | "oracle" | "dev-file";
      host?: string;
      port?: number;
      database?: string;
      schema?: string;
      url?: string;
      usernameSecret?: SecretKeySelector;
      passwordSecret?: SecretKeySelector;
      poolInitialSize?: number;
      poolMinSize?: number;
      poolMaxSize?: number;
    };
    http?: {
      httpEnabled?: boolean;
      httpPort?: number;
      httpsPort?: number;
      tlsSecret?: string;
      annotations?: { [key: string]: string };
      labels?: { [key: string]: string };
    };
    httpManagement?: { port?: number };
    hostname?: {
      hostname?: string;
      admin?: string;
      strict?: boolean;
      backchannelDynamic?: boolean;
    };
    proxy?: { headers?: "forwarded" | "xforwarded" };
    ingress?: {
      enabled?: boolean;
      className?: string;
      annotations?: { [key: string]: string };
      tlsSecret?: string;
    };
    features?: { enabled?: Array<string>; disabled?: Array<string> };
    additionalOptions?: Array<{ name: string; value?: string; secret?: SecretKeySelector }>;
    bootstrapAdmin?: {
      user?: { secret: string };
      service?: { secret: string };
    };
    resources?: IResourceRequirements;
  };
}

export interface IKeycloakRealmImport {
  apiVersion: "k8s.keycloak.org/v2alpha1";
  kind: "KeycloakRealmImport";
  metadata: IObjectMeta;
  spec: {
    keycloakCRName: string;
    /** A realm representation as Keycloak exports it; Keycloak checks it on import (the local stack imports the same). */
    realm: { realm: string; [field: string]: unknown };
    /** ${NAME} in the realm, filled in from a Secret at import time. */
    placeholders?: { [name: string]: { secret: SecretKeySelector } };
  };
}
