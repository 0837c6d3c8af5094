"""Where an address is (provinces, cities, districts and streets with their division codes) and whether parcels
go there now (an outlet's stop-ship areas)."""
