// The editors' bulletin screens and the cabinet's sections share one chunk (see public.tsx).
export { BulletinEditorRoute } from './editor';
export { BulletinEditorialRoute } from './editorial';
export { MyBulletinSectionsRoute } from './my-sections';
export { BulletinMessagesRoute } from './messages';
