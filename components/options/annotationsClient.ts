/** What the Annotations panel asks of the background, as functions, so the panel does not depend on how. */
import { sendMessage, type ProtocolMap } from '../../messaging/protocol';

type Call<K extends keyof ProtocolMap> = (
  data: Parameters<ProtocolMap[K]>[0],
) => Promise<ReturnType<ProtocolMap[K]>>;

export interface AnnotationsClient {
  queryAnnotations: Call<'queryAnnotations'>;
  updateAnnotation: Call<'updateAnnotation'>;
  deleteAnnotation: Call<'deleteAnnotation'>;
  restoreAnnotation: Call<'restoreAnnotation'>;
  exportAnnotations: Call<'exportAnnotations'>;
  importAnnotations: Call<'importAnnotations'>;
  deleteAllData: () => Promise<boolean>;
}

export const backgroundAnnotationsClient: AnnotationsClient = {
  queryAnnotations: (data) => sendMessage('queryAnnotations', data),
  updateAnnotation: (data) => sendMessage('updateAnnotation', data),
  deleteAnnotation: (data) => sendMessage('deleteAnnotation', data),
  restoreAnnotation: (data) => sendMessage('restoreAnnotation', data),
  exportAnnotations: (data) => sendMessage('exportAnnotations', data),
  importAnnotations: (data) => sendMessage('importAnnotations', data),
  deleteAllData: () => sendMessage('deleteAllData'),
};
