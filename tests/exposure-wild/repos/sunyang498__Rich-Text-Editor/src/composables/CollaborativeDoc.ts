import { ref, watch, onBeforeUnmount, type Ref, inject } from 'vue'
import { useEditorContext } from './EditorContext'
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import { ySyncPlugin, yCursorPlugin, yUndoPlugin } from 'y-prosemirror'
import type { Editor } from '@tiptap/vue-3'
export function useCollaborativeDoc(options?: { url?: string; room?: string; user?: UserMeta; autoBind?: boolean; registerPlugins?: boolean }) {
export default useCollaborativeDoc
