import { expose } from 'comlink';
import { createProjectionService } from './projection-service';
expose(createProjectionService());
