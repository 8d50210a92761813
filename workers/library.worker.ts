import { expose } from 'comlink';
import { createLibraryService } from './library-service';

expose(createLibraryService());
